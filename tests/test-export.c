/* test-export.c: data exports read back by real parsers.
 *
 * GraphML and GEXF are parsed with GMarkup (a strict XML parser), DOT with
 * Graphviz itself (`dot -Tjson`), JSON with the entente/1 reader and CSV
 * with an RFC 4180 reader written here.  A network whose actor names and
 * sentences hold quotes, angle brackets, ampersands, braces, backslashes,
 * line breaks and a control character must come back with the exact names.
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "ent-export.h"
#include "ent-json.h"

#define CTRL_NAME     "Ctrl\001Char Brigade"
#define CTRL_REPLACED "Ctrl\xef\xbf\xbd" "Char Brigade"

static const char *const hostile_names[] = {
  "The \"Quoted\" Front",
  "<script>alert(1)</script> & Sons",
  "Brace {x} } { Union",
  "Back\\slash\\n Party\\",
  "Two\nLines Council",
  CTRL_NAME,
};

static const char *
expected_name (const char *name)
{
  return g_str_equal (name, CTRL_NAME) ? CTRL_REPLACED : name;
}

static const char doc_text[] =
  "Qandar and Velmora signed a pact, officials said.\n"
  "\"We reject it,\" said a spokesman of the <Front> & its allies.\n"
  "Troops clashed near the border on Tuesday,\r\nwitnesses said.";

/* Network: 3 ordinary actors + the hostile ones; relations between
 * neighbours, each with one or two evidence sentences. */
static EntNetwork *
make_network (void)
{
  EntNetwork *net = ent_network_new ();
  EntDocument *doc;
  EntSpan s1 = { 0, 50 }, s2 = { 50, 113 }, s3 = { 113, sizeof doc_text - 1 };
  EntActor *a;
  EntRelation *r;
  guint n;

  doc = ent_network_add_document (net, "wire/qandar.txt", "Qandar pact",
                                  g_strdup (doc_text), sizeof doc_text - 1);
  g_array_append_val (doc->sentences, s1);
  g_array_append_val (doc->sentences, s2);
  g_array_append_val (doc->sentences, s3);

  a = ent_network_add_actor (net, "Qandar", ENT_ACTOR_STATE);
  ent_actor_add_alias (a, "Republic of Qandar");
  ent_actor_add_alias (a, "Qandari government");
  ent_actor_add_mention (a, 0, 0, 6);
  a = ent_network_add_actor (net, "Velmora", ENT_ACTOR_STATE);
  ent_actor_add_mention (a, 0, 11, 18);
  a = ent_network_add_actor (net, "Aris Telk", ENT_ACTOR_LEADER);
  a->affiliation = 0;

  for (guint i = 0; i < G_N_ELEMENTS (hostile_names); i++)
    {
      a = ent_network_add_actor (net, hostile_names[i], i % 2 ? ENT_ACTOR_GROUP : ENT_ACTOR_PERSON);
      ent_actor_add_alias (a, "alias; with \"quotes\" & <tags>");
    }

  r = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "agreement", FALSE);
  ent_relation_add_evidence (r, 0, 0, 0, 50, "Qandar and Velmora signed a pact, officials said.",
                             "signed a pact", NULL);
  r = ent_network_add_relation (net, 2, 1, ENT_POLARITY_HOSTILE, "accusation", TRUE);
  ent_relation_add_evidence (r, 0, 1, 50, 113,
                             "\"We reject it,\" said a spokesman of the <Front> & its allies.",
                             "reject", "a spokesman");
  ent_relation_add_evidence (r, 0, 2, 113, sizeof doc_text - 1,
                             "Troops clashed near the border on Tuesday,\r\nwitnesses said.",
                             "clashed", NULL);

  n = net->actors->len;
  for (guint i = 3; i + 1 < n; i++)
    {
      r = ent_network_add_relation (net, i, i + 1,
                                    i % 3 == 0 ? ENT_POLARITY_NEUTRAL : ENT_POLARITY_HOSTILE,
                                    "conflict", FALSE);
      ent_relation_add_evidence (r, 0, 2, 113, sizeof doc_text - 1,
                                 "</data><data key=\"x\">injected, \"quoted\"\nline</data>",
                                 "a,b", "Mr \"X\"");
    }
  r = ent_network_add_relation (net, 0, 3, ENT_POLARITY_NEUTRAL, "mention", FALSE);
  ent_relation_add_evidence (r, 0, 0, 0, 50, "Back\\slash {and} brace", NULL, NULL);
  ent_relation_add_evidence (r, 0, 1, 50, 113, "=HYPERLINK(\"http://x\",\"y\")", NULL, "@anon");

  return net;
}

static guint
total_evidence (const EntNetwork *net, const gboolean *relation_visible)
{
  guint n = 0;

  for (guint i = 0; i < net->relations->len; i++)
    if (relation_visible == NULL || relation_visible[i])
      n += ent_relation_weight (g_ptr_array_index (net->relations, i));
  return n;
}

/* ---------------------------------------------------------------- XML */

typedef struct {
  GHashTable *node_labels;   /* id -> label */
  GHashTable *node_types;    /* id -> type */
  GHashTable *edge_attrs;    /* "edge-id:attr" -> value */
  GHashTable *keys;          /* GraphML key id / GEXF attribute id -> name */
  guint       n_nodes;
  guint       n_edges;
  guint       n_positions;
  char       *cur_node;
  char       *cur_edge;
  char       *cur_key;
  GString    *text;
  gboolean    gexf;
  gboolean    in_edge_attrs;
} Xml;

static const char *
attr (const char **names, const char **values, const char *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static void
xml_start (GMarkupParseContext *ctx, const char *el, const char **names,
           const char **values, gpointer user_data, GError **error)
{
  Xml *x = user_data;

  if (g_str_equal (el, "key"))
    g_hash_table_insert (x->keys, g_strdup (attr (names, values, "id")),
                         g_strdup (attr (names, values, "attr.name")));
  else if (g_str_equal (el, "attributes"))
    x->in_edge_attrs = g_strcmp0 (attr (names, values, "class"), "edge") == 0;
  else if (g_str_equal (el, "attribute"))
    g_hash_table_insert (x->keys,
                         g_strdup_printf ("%s%s", x->in_edge_attrs ? "e" : "n",
                                          attr (names, values, "id")),
                         g_strdup (attr (names, values, "title")));
  else if (g_str_equal (el, "node"))
    {
      x->n_nodes++;
      g_free (x->cur_node);
      x->cur_node = g_strdup (attr (names, values, "id"));
      if (x->gexf)
        g_hash_table_insert (x->node_labels, g_strdup (x->cur_node),
                             g_strdup (attr (names, values, "label")));
    }
  else if (g_str_equal (el, "edge"))
    {
      x->n_edges++;
      g_free (x->cur_edge);
      x->cur_edge = g_strdup (attr (names, values, "id"));
    }
  else if (g_str_equal (el, "data"))
    {
      g_free (x->cur_key);
      x->cur_key = g_strdup (attr (names, values, "key"));
      g_string_truncate (x->text, 0);
    }
  else if (g_str_equal (el, "attvalue"))
    {
      const char *key;
      g_autofree char *lookup = g_strdup_printf ("%s%s", x->cur_edge ? "e" : "n",
                                                 attr (names, values, "for"));
      const char *value = attr (names, values, "value");

      key = g_hash_table_lookup (x->keys, lookup);
      g_assert_nonnull (key);
      if (x->cur_edge != NULL)
        g_hash_table_insert (x->edge_attrs, g_strdup_printf ("%s:%s", x->cur_edge, key),
                             g_strdup (value));
      else if (g_str_equal (key, "type"))
        g_hash_table_insert (x->node_types, g_strdup (x->cur_node), g_strdup (value));
    }
  else if (g_str_equal (el, "viz:position"))
    x->n_positions++;
}

static void
xml_end (GMarkupParseContext *ctx, const char *el, gpointer user_data, GError **error)
{
  Xml *x = user_data;

  if (g_str_equal (el, "data") && x->cur_key != NULL)
    {
      const char *key = g_hash_table_lookup (x->keys, x->cur_key);

      g_assert_nonnull (key);
      if (x->cur_edge != NULL)
        g_hash_table_insert (x->edge_attrs, g_strdup_printf ("%s:%s", x->cur_edge, key),
                             g_strdup (x->text->str));
      else if (g_str_equal (key, "label"))
        g_hash_table_insert (x->node_labels, g_strdup (x->cur_node), g_strdup (x->text->str));
      else if (g_str_equal (key, "type"))
        g_hash_table_insert (x->node_types, g_strdup (x->cur_node), g_strdup (x->text->str));
      else if (g_str_equal (key, "x"))
        x->n_positions++;
      g_clear_pointer (&x->cur_key, g_free);
    }
  else if (g_str_equal (el, "edge"))
    g_clear_pointer (&x->cur_edge, g_free);
  else if (g_str_equal (el, "node"))
    g_clear_pointer (&x->cur_node, g_free);
}

static void
xml_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer user_data,
          GError **error)
{
  Xml *x = user_data;

  if (x->cur_key != NULL)
    g_string_append_len (x->text, text, len);
}

static void
xml_parse (Xml *x, const char *data, gboolean gexf)
{
  static const GMarkupParser parser = { xml_start, xml_end, xml_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) ctx = NULL;
  g_autoptr(GError) error = NULL;

  memset (x, 0, sizeof *x);
  x->gexf = gexf;
  x->node_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x->node_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x->edge_attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  x->text = g_string_new (NULL);

  /* Skip the XML declaration, which GMarkup treats as a passthrough. */
  ctx = g_markup_parse_context_new (&parser, 0, x, NULL);
  g_markup_parse_context_parse (ctx, data, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (ctx, &error);
  g_assert_no_error (error);
}

static void
xml_clear (Xml *x)
{
  g_hash_table_unref (x->node_labels);
  g_hash_table_unref (x->node_types);
  g_hash_table_unref (x->edge_attrs);
  g_hash_table_unref (x->keys);
  g_string_free (x->text, TRUE);
  g_free (x->cur_node);
  g_free (x->cur_edge);
  g_free (x->cur_key);
}

static void
check_xml_network (const EntNetwork *net, Xml *x)
{
  g_assert_cmpuint (x->n_nodes, ==, net->actors->len);
  g_assert_cmpuint (x->n_edges, ==, net->relations->len);

  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);

      g_assert_cmpstr (g_hash_table_lookup (x->node_labels, a->id), ==, expected_name (a->name));
      g_assert_cmpstr (g_hash_table_lookup (x->node_types, a->id), ==,
                       ent_actor_type_to_string (a->type));
    }
  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      g_autofree char *pk = g_strdup_printf ("%s:polarity", r->id);
      g_autofree char *sk = g_strdup_printf ("%s:sentences", r->id);
      g_autofree char *ek = g_strdup_printf ("%s:evidence", r->id);
      g_autofree char *count = g_strdup_printf ("%u", ent_relation_weight (r));
      g_auto(GStrv) lines = NULL;

      g_assert_cmpstr (g_hash_table_lookup (x->edge_attrs, pk), ==,
                       ent_polarity_to_string (r->polarity));
      g_assert_cmpstr (g_hash_table_lookup (x->edge_attrs, sk), ==, count);
      g_assert_nonnull (g_hash_table_lookup (x->edge_attrs, ek));
      lines = g_strsplit (g_hash_table_lookup (x->edge_attrs, ek), "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, ent_relation_weight (r));
    }
  /* The sentence with the CR LF break reads back on one line. */
  g_assert_cmpstr (g_hash_table_lookup (x->edge_attrs, "r2:evidence"), ==,
                   "\"We reject it,\" said a spokesman of the <Front> & its allies.\n"
                   "Troops clashed near the border on Tuesday, witnesses said.");
}

static char *
export (const EntNetwork *net, const EntLayout *layout, const gboolean *av, const gboolean *rv,
        EntExportFormat format)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  char *out = ent_export_data_to_string (net, layout, av, rv, format, &len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (out);
  g_assert_cmpuint (len, ==, strlen (out));
  g_assert_true (g_utf8_validate (out, -1, NULL));
  return out;
}

static void
test_graphml (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autofree char *out = export (net, NULL, NULL, NULL, ENT_EXPORT_GRAPHML);
  Xml x;

  /* No raw control character may reach the file. */
  g_assert_null (strchr (out, '\001'));
  xml_parse (&x, out, FALSE);
  check_xml_network (net, &x);
  g_assert_cmpuint (x.n_positions, ==, 0);
  g_assert_cmpstr (g_hash_table_lookup (x.edge_attrs, "r2:directed"), ==, "true");
  g_assert_cmpstr (g_hash_table_lookup (x.edge_attrs, "r1:directed"), ==, "false");
  g_assert_cmpstr (g_hash_table_lookup (x.edge_attrs, "r1:kind"), ==, "agreement");
  xml_clear (&x);
}

static void
test_gexf (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autofree char *out = export (net, NULL, NULL, NULL, ENT_EXPORT_GEXF);
  Xml x;

  g_assert_nonnull (strstr (out, "xmlns=\"http://www.gexf.net/1.2draft\""));
  g_assert_nonnull (strstr (out, "version=\"1.2\""));
  g_assert_null (strchr (out, '\001'));
  xml_parse (&x, out, TRUE);
  check_xml_network (net, &x);
  g_assert_cmpuint (x.n_positions, ==, 0);
  g_assert_cmpstr (g_hash_table_lookup (x.edge_attrs, "r2:directed"), ==, "true");
  xml_clear (&x);
}

/* A layout by hand: positions must reach GraphML, GEXF and DOT. */
static EntLayout *
make_layout (const EntNetwork *net)
{
  EntLayout *l = g_new0 (EntLayout, 1);

  l->engine = g_strdup ("neato");
  l->n_nodes = net->actors->len;
  l->nodes = g_new0 (EntNodeGeom, l->n_nodes);
  l->n_edges = net->relations->len;
  l->edges = g_new0 (EntEdgeGeom, l->n_edges);
  for (guint i = 0; i < l->n_nodes; i++)
    {
      l->nodes[i].x = 50.0 + 100.0 * i;
      l->nodes[i].y = 40.0 + 10.0 * (i % 3);
      l->nodes[i].w = 30;
      l->nodes[i].h = 20;
      l->nodes[i].placed = TRUE;
    }
  l->width = 100.0 * l->n_nodes;
  l->height = 100.0;
  return l;
}

static void
test_positions (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autoptr(EntLayout) layout = make_layout (net);
  g_autofree char *graphml = NULL, *gexf = NULL, *dot = NULL;
  Xml x;

  layout->nodes[1].placed = FALSE;
  graphml = export (net, layout, NULL, NULL, ENT_EXPORT_GRAPHML);
  xml_parse (&x, graphml, FALSE);
  g_assert_cmpuint (x.n_positions, ==, net->actors->len - 1);
  xml_clear (&x);
  g_assert_nonnull (strstr (graphml, "<data key=\"x\">250.00</data>"));

  gexf = export (net, layout, NULL, NULL, ENT_EXPORT_GEXF);
  xml_parse (&x, gexf, TRUE);
  g_assert_cmpuint (x.n_positions, ==, net->actors->len - 1);
  xml_clear (&x);
  /* y up in GEXF: height 100 - y 40 */
  g_assert_nonnull (strstr (gexf, "<viz:position x=\"50.00\" y=\"60.00\" z=\"0.0\"/>"));
  g_assert_nonnull (strstr (gexf, "<viz:color r="));

  dot = export (net, layout, NULL, NULL, ENT_EXPORT_DOT);
  /* inches, y up, pinned */
  g_assert_nonnull (strstr (dot, "\"pos\"=\"0.6944,0.8333!\""));
}

static GPtrArray *csv_parse (const char *s);

/* --------------------------------------------------------------- masks */

static void
test_masks (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autofree gboolean *av = g_new (gboolean, net->actors->len);
  g_autofree gboolean *rv = g_new (gboolean, net->relations->len);
  g_autofree char *graphml = NULL, *json = NULL, *csv = NULL;
  g_autoptr(EntNetwork) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  Xml x;

  for (guint i = 0; i < net->actors->len; i++)
    av[i] = i != 1;          /* Velmora hidden: r1, r2 go with it */
  for (guint i = 0; i < net->relations->len; i++)
    rv[i] = i != 3;          /* and one relation among the hostile names */

  graphml = export (net, NULL, av, rv, ENT_EXPORT_GRAPHML);
  xml_parse (&x, graphml, FALSE);
  g_assert_cmpuint (x.n_nodes, ==, net->actors->len - 1);
  g_assert_cmpuint (x.n_edges, ==, net->relations->len - 3);
  g_assert_null (g_hash_table_lookup (x.node_labels, "a2"));
  xml_clear (&x);
  g_assert_null (strstr (graphml, "Velmora"));

  json = export (net, NULL, av, rv, ENT_EXPORT_JSON);
  back = ent_network_load_json_data (json, strlen (json), "export", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->actors->len, ==, net->actors->len - 1);
  g_assert_cmpuint (back->relations->len, ==, net->relations->len - 3);
  /* Ids are kept, and the leader still acts for Qandar. */
  g_assert_cmpstr (((EntActor *) g_ptr_array_index (back->actors, 1))->id, ==, "a3");
  g_assert_cmpint (((EntActor *) g_ptr_array_index (back->actors, 1))->affiliation, ==, 0);

  av[0] = FALSE;             /* hiding the patron drops the affiliation */
  g_free (json);
  g_clear_pointer (&back, ent_network_free);
  json = export (net, NULL, av, rv, ENT_EXPORT_JSON);
  back = ent_network_load_json_data (json, strlen (json), "export", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((EntActor *) g_ptr_array_index (back->actors, 0))->affiliation, ==, -1);

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      rv[i] = rv[i] && av[r->source] && av[r->target];
    }
  csv = export (net, NULL, av, rv, ENT_EXPORT_CSV);
  rows = csv_parse (csv);
  g_assert_cmpuint (rows->len, ==, 1 + total_evidence (net, rv));
  g_assert_cmpuint (rows->len, <, 1 + total_evidence (net, NULL));
  g_assert_null (strstr (csv, "Velmora"));
  g_assert_null (strstr (csv, "Qandar"));
}

/* ----------------------------------------------------------------- CSV */

/* RFC 4180 reader: returns rows of fields; FALSE on a malformed file. */
static GPtrArray *
csv_parse (const char *s)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = s;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_true (*p != '\0');   /* unterminated quote */
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          g_assert_true (*p == ',' || *p == '\r');
        }
      else
        {
          while (*p != ',' && *p != '\r' && *p != '\0')
            {
              g_assert_true (*p != '"' && *p != '\n');
              g_string_append_c (field, *p++);
            }
        }

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }

  g_assert_cmpuint (row->len, ==, 0);
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static const char *
cell (GPtrArray *rows, guint r, guint c)
{
  GPtrArray *row = g_ptr_array_index (rows, r);
  return g_ptr_array_index (row, c);
}

static void
test_csv (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autofree char *out = export (net, NULL, NULL, NULL, ENT_EXPORT_CSV);
  g_autoptr(GPtrArray) rows = csv_parse (out);
  guint row = 1;

  g_assert_cmpuint (rows->len, ==, 1 + total_evidence (net, NULL));
  g_assert_cmpstr (cell (rows, 0, 0), ==, "relation_id");
  g_assert_cmpstr (cell (rows, 0, 12), ==, "text");
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (rows, i))->len, ==, 13);

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      const EntActor *s = g_ptr_array_index (net->actors, r->source);
      const EntActor *t = g_ptr_array_index (net->actors, r->target);

      for (guint k = 0; k < r->evidence->len; k++, row++)
        {
          const EntEvidence *ev = g_ptr_array_index (r->evidence, k);
          g_autofree char *idx = g_strdup_printf ("%u", ev->sentence);

          g_assert_cmpstr (cell (rows, row, 0), ==, r->id);
          g_assert_cmpstr (cell (rows, row, 1), ==, expected_name (s->name));
          g_assert_cmpstr (cell (rows, row, 2), ==, ent_actor_type_to_string (s->type));
          g_assert_cmpstr (cell (rows, row, 3), ==, expected_name (t->name));
          g_assert_cmpstr (cell (rows, row, 5), ==, ent_polarity_to_string (r->polarity));
          g_assert_cmpstr (cell (rows, row, 6), ==, r->kind);
          g_assert_cmpstr (cell (rows, row, 7), ==, r->directed ? "true" : "false");
          g_assert_cmpstr (cell (rows, row, 8), ==, "wire/qandar.txt");
          g_assert_cmpstr (cell (rows, row, 9), ==, idx);
          g_assert_cmpstr (cell (rows, row, 10), ==, ev->cue ? ev->cue : "");
          if (ev->speaker != NULL && ev->speaker[0] == '@')
            {
              /* spreadsheet formulas are defused */
              g_autofree char *defused = g_strconcat ("'", ev->speaker, NULL);
              g_assert_cmpstr (cell (rows, row, 11), ==, defused);
            }
          else
            g_assert_cmpstr (cell (rows, row, 11), ==, ev->speaker ? ev->speaker : "");
          if (ev->text[0] == '=')
            {
              g_autofree char *defused = g_strconcat ("'", ev->text, NULL);
              g_assert_cmpstr (cell (rows, row, 12), ==, defused);
            }
          else
            g_assert_cmpstr (cell (rows, row, 12), ==, ev->text);
        }
    }
}

/* ---------------------------------------------------------------- JSON */

static void
test_json (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autofree char *out = export (net, NULL, NULL, NULL, ENT_EXPORT_JSON);
  g_autoptr(EntNetwork) back = NULL;
  g_autoptr(GError) error = NULL;

  back = ent_network_load_json_data (out, strlen (out), "export", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->actors->len, ==, net->actors->len);
  g_assert_cmpuint (back->relations->len, ==, net->relations->len);
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      const EntActor *b = g_ptr_array_index (back->actors, i);
      /* JSON carries even control characters exactly. */
      g_assert_cmpstr (a->name, ==, b->name);
      g_assert_cmpuint (a->aliases->len, ==, b->aliases->len);
    }
  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *a = g_ptr_array_index (net->relations, i);
      const EntRelation *b = g_ptr_array_index (back->relations, i);
      g_assert_cmpuint (ent_relation_weight (a), ==, ent_relation_weight (b));
      for (guint k = 0; k < a->evidence->len; k++)
        g_assert_cmpstr (((EntEvidence *) g_ptr_array_index (a->evidence, k))->text, ==,
                         ((EntEvidence *) g_ptr_array_index (b->evidence, k))->text);
    }
  /* Without text: exports are not projects. */
  g_assert_null (strstr (out, "\"text\": \"Qandar and Velmora signed a pact, officials said.\\n"));
}

/* ----------------------------------------------------------------- DOT */

static json_t *
run_dot_json (const char *dot_source)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GBytes) in = g_bytes_new (dot_source, strlen (dot_source));
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  json_error_t jerr;
  json_t *root;

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                           G_SUBPROCESS_FLAGS_STDERR_PIPE, &error, "dot", "-Tjson", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate (proc, in, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (proc) || g_subprocess_get_exit_status (proc) != 0)
    g_error ("dot failed: %.*s", (int) g_bytes_get_size (err),
             (const char *) g_bytes_get_data (err, NULL));
  root = json_loadb (g_bytes_get_data (out, NULL), g_bytes_get_size (out), 0, &jerr);
  g_assert_nonnull (root);
  return root;
}

/* The text Graphviz draws for a node's label, lines joined by \n. */
static char *
drawn_label (json_t *obj)
{
  GString *s = g_string_new (NULL);
  json_t *ops = json_object_get (obj, "_ldraw_");
  json_t *op;
  size_t i;
  gboolean first = TRUE;

  json_array_foreach (ops, i, op)
    if (g_strcmp0 (json_string_value (json_object_get (op, "op")), "T") == 0)
      {
        if (!first)
          g_string_append_c (s, '\n');
        first = FALSE;
        g_string_append (s, json_string_value (json_object_get (op, "text")));
      }
  return g_string_free (s, FALSE);
}

static void
test_dot (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autofree char *out = export (net, NULL, NULL, NULL, ENT_EXPORT_DOT);
  g_autoptr(json_t) root = NULL;
  json_t *objects, *edges, *o;
  size_t i;

  g_assert_null (strchr (out, '\001'));
  root = run_dot_json (out);
  objects = json_object_get (root, "objects");
  edges = json_object_get (root, "edges");
  g_assert_cmpuint (json_array_size (objects), ==, net->actors->len);
  g_assert_cmpuint (json_array_size (edges), ==, net->relations->len);

  json_array_foreach (objects, i, o)
    {
      const char *id = json_string_value (json_object_get (o, "name"));
      int a = ent_network_find_actor (net, id);
      const EntActor *actor;
      g_autofree char *label = drawn_label (o);

      g_assert_cmpint (a, >=, 0);
      actor = g_ptr_array_index (net->actors, a);
      g_assert_cmpstr (label, ==, expected_name (actor->name));
      g_assert_cmpstr (json_string_value (json_object_get (o, "type")), ==,
                       ent_actor_type_to_string (actor->type));
    }

  json_array_foreach (edges, i, o)
    {
      const char *id = json_string_value (json_object_get (o, "id"));
      const EntRelation *r = NULL;
      g_autofree char *w = NULL;

      for (guint k = 0; k < net->relations->len; k++)
        if (g_strcmp0 (((EntRelation *) g_ptr_array_index (net->relations, k))->id, id) == 0)
          r = g_ptr_array_index (net->relations, k);
      g_assert_nonnull (r);
      w = g_strdup_printf ("%u", ent_relation_weight (r));
      g_assert_cmpstr (json_string_value (json_object_get (o, "polarity")), ==,
                       ent_polarity_to_string (r->polarity));
      g_assert_cmpstr (json_string_value (json_object_get (o, "sentences")), ==, w);
      g_assert_cmpstr (json_string_value (json_object_get (o, "dir")), ==,
                       r->directed ? "forward" : "none");
    }
}

/* -------------------------------------------------------------- files */

static void
test_file_and_errors (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.graphml", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "missing", "map.csv", NULL);
  g_autofree char *expected = export (net, NULL, NULL, NULL, ENT_EXPORT_GRAPHML);
  g_autofree char *data = NULL;
  g_autoptr(GDir) d = NULL;
  guint n_files = 0;

  g_assert_true (ent_export_data (net, NULL, NULL, NULL, ENT_EXPORT_GRAPHML, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, expected);

  g_assert_false (ent_export_data (net, NULL, NULL, NULL, ENT_EXPORT_CSV, bad_path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_null (ent_export_data_to_string (net, NULL, NULL, NULL, ENT_EXPORT_PNG, NULL, &error));
  g_assert_error (error, ENT_ERROR, ENT_ERROR_FAILED);
  g_clear_error (&error);

  /* No temporary files left behind. */
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_empty (void)
{
  g_autoptr(EntNetwork) net = ent_network_new ();
  EntExportFormat formats[] = { ENT_EXPORT_DOT, ENT_EXPORT_GRAPHML, ENT_EXPORT_GEXF,
                                ENT_EXPORT_JSON, ENT_EXPORT_CSV };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *out = export (net, NULL, NULL, NULL, formats[i]);
      g_assert_cmpuint (strlen (out), >, 0);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/graphml", test_graphml);
  g_test_add_func ("/export/gexf", test_gexf);
  g_test_add_func ("/export/positions", test_positions);
  g_test_add_func ("/export/masks", test_masks);
  g_test_add_func ("/export/csv", test_csv);
  g_test_add_func ("/export/json", test_json);
  g_test_add_func ("/export/dot", test_dot);
  g_test_add_func ("/export/file-and-errors", test_file_and_errors);
  g_test_add_func ("/export/empty", test_empty);

  return g_test_run ();
}
