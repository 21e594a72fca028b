/* ent-export.c: data exports of the visible part of a network.
 *
 * DOT (Graphviz), GraphML, GEXF 1.2 (the version Gephi, Cytoscape and networkx all read), entente/1 JSON and CSV.  Every name and
 * sentence goes through the escaping function of its format, so quotes,
 * ampersands, angle brackets, braces, backslashes and control characters in
 * actor names or evidence cannot break or inject into the output.  XML 1.0
 * cannot carry most C0 control characters at all: they become U+FFFD.
 */
#define G_LOG_DOMAIN "entente-export"

#include "config.h"

#include <string.h>

#include "ent-export.h"
#include "ent-json.h"

#define REPLACEMENT_CHAR "\xef\xbf\xbd"   /* U+FFFD */

/* ------------------------------------------------------------------ */
/* Visibility                                                          */
/* ------------------------------------------------------------------ */

typedef struct {
  const EntNetwork *net;
  const EntLayout  *layout;   /* NULL unless it matches the network */
  gboolean         *actor_on;
  gboolean         *relation_on;
  guint             n_actors;
  guint             n_relations;
  gboolean          all_directed;   /* every visible relation is directed (and there is one) */
} Visible;

static void
visible_init (Visible          *v,
              const EntNetwork *net,
              const EntLayout  *layout,
              const gboolean   *actor_visible,
              const gboolean   *relation_visible)
{
  guint n_directed = 0;

  memset (v, 0, sizeof *v);
  v->net = net;
  if (layout != NULL && layout->n_nodes == net->actors->len && layout->nodes != NULL)
    v->layout = layout;

  v->actor_on = g_new0 (gboolean, MAX (net->actors->len, 1));
  v->relation_on = g_new0 (gboolean, MAX (net->relations->len, 1));

  for (guint i = 0; i < net->actors->len; i++)
    {
      v->actor_on[i] = actor_visible == NULL || actor_visible[i];
      if (v->actor_on[i])
        v->n_actors++;
    }

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, i);
      gboolean on = relation_visible == NULL || relation_visible[i];

      on = on && rel->source < net->actors->len && rel->target < net->actors->len
              && v->actor_on[rel->source] && v->actor_on[rel->target];
      v->relation_on[i] = on;
      if (on)
        {
          v->n_relations++;
          if (rel->directed)
            n_directed++;
        }
    }

  v->all_directed = v->n_relations > 0 && n_directed == v->n_relations;
}

static void
visible_clear (Visible *v)
{
  g_clear_pointer (&v->actor_on, g_free);
  g_clear_pointer (&v->relation_on, g_free);
}

static gboolean
visible_has_position (const Visible *v, guint actor)
{
  return v->layout != NULL && v->layout->nodes[actor].placed;
}

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */
/* ------------------------------------------------------------------ */

/* Characters XML 1.0 cannot carry (and that no data format should): C0
 * controls other than tab, line feed and carriage return, DEL, and the
 * non-characters U+FFFE / U+FFFF. */
static gboolean
is_forbidden_char (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
         || c == 0x7f || c == 0xfffe || c == 0xffff;
}

/* Valid UTF-8 (invalid bytes become U+FFFD). */
static char *
make_valid (const char *s)
{
  if (s == NULL)
    return g_strdup ("");
  return g_utf8_make_valid (s, -1);
}

static void
append_xml_escaped (GString *out, const char *raw)
{
  g_autofree char *s = make_valid (raw);

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&':  g_string_append (out, "&amp;"); break;
        case '<':  g_string_append (out, "&lt;"); break;
        case '>':  g_string_append (out, "&gt;"); break;
        case '"':  g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&apos;"); break;
        /* Character references survive attribute-value and line-end
         * normalisation, so tabs and line breaks read back exactly. */
        case '\t': g_string_append (out, "&#9;"); break;
        case '\n': g_string_append (out, "&#10;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:
          if (is_forbidden_char (c))
            g_string_append (out, REPLACEMENT_CHAR);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

/* The inside of a DOT double-quoted string.  Backslashes are doubled and
 * line breaks written as \n, so Graphviz's label escapes (\N, \G, \l ...)
 * never fire on user text and a trailing backslash cannot eat the quote. */
static void
append_dot_escaped (GString *out, const char *raw)
{
  g_autofree char *s = make_valid (raw);

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\t': g_string_append_c (out, ' '); break;
        default:
          if (is_forbidden_char (c))
            g_string_append (out, REPLACEMENT_CHAR);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

static void
append_dot_string (GString *out, const char *raw)
{
  g_string_append_c (out, '"');
  append_dot_escaped (out, raw);
  g_string_append_c (out, '"');
}

/* One RFC 4180 field: quoted when it holds a comma, quote or line break
 * (or starts/ends with a space, which some readers trim).  A field that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, the usual defence against CSV formula injection. */
static void
append_csv_field (GString *out, const char *raw)
{
  g_autofree char *s = make_valid (raw);
  gboolean quote = s[0] == ' ' || (s[0] != '\0' && s[strlen (s) - 1] == ' ')
                   || strpbrk (s, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (s[0] != '\0' && strchr ("=+-@\t\r", s[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"')
        g_string_append (out, "\"\"");
      else if (is_forbidden_char (c))
        g_string_append (out, REPLACEMENT_CHAR);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

/* Sentences of a relation on one line each (runs of white space inside a
 * sentence, such as the hard line breaks of wire copy, become one space). */
static char *
join_evidence (const EntRelation *rel)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; rel->evidence != NULL && i < rel->evidence->len; i++)
    {
      const EntEvidence *ev = g_ptr_array_index (rel->evidence, i);
      gboolean space = FALSE;

      if (i > 0)
        g_string_append_c (out, '\n');
      for (const char *p = ev->text ? ev->text : ""; *p != '\0'; p++)
        {
          if (g_ascii_isspace (*p))
            space = TRUE;
          else
            {
              if (space && out->len > 0 && out->str[out->len - 1] != '\n')
                g_string_append_c (out, ' ');
              space = FALSE;
              g_string_append_c (out, *p);
            }
        }
    }

  return g_string_free (out, FALSE);
}

static char *
join_aliases (const EntActor *actor)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; actor->aliases != NULL && i < actor->aliases->len; i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      g_string_append (out, g_ptr_array_index (actor->aliases, i));
    }

  return g_string_free (out, FALSE);
}

static const EntActor *
actor_affiliation (const EntNetwork *net, const EntActor *actor)
{
  if (actor->affiliation < 0 || (guint) actor->affiliation >= net->actors->len)
    return NULL;
  return g_ptr_array_index (net->actors, actor->affiliation);
}

static guint
actor_n_mentions (const EntActor *actor)
{
  return actor->mentions != NULL ? actor->mentions->len : 0;
}

static void
append_double (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, "%.2f", v);
  g_string_append (out, buf);
}

/* Colours: the same colour-blind-safe palette as the window (light theme). */
static EntRGBA
type_colour (EntActorType type)
{
  EntPalette pal;

  ent_palette_init (&pal, FALSE);
  return ent_palette_actor (&pal, type);
}

static EntRGBA
polarity_colour (EntPolarity pol)
{
  EntPalette pal;

  ent_palette_init (&pal, FALSE);
  return ent_palette_polarity (&pal, pol);
}

static guint8
channel (double v)
{
  return (guint8) CLAMP (v * 255.0 + 0.5, 0.0, 255.0);
}

/* Black or white, whichever reads better on @c (relative luminance). */
static const char *
text_colour_on (EntRGBA c)
{
  double l = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;

  return l < 0.45 ? "#ffffff" : "#000000";
}

static char *
colour_hex (EntRGBA c)
{
  return g_strdup_printf ("#%02x%02x%02x", channel (c.r), channel (c.g), channel (c.b));
}

/* ------------------------------------------------------------------ */
/* DOT                                                                 */
/* ------------------------------------------------------------------ */

static const char *
dot_shape (EntActorType type)
{
  switch (type)
    {
    case ENT_ACTOR_STATE:  return "box";
    case ENT_ACTOR_LEADER: return "ellipse";
    case ENT_ACTOR_PERSON: return "diamond";
    case ENT_ACTOR_GROUP:  return "hexagon";
    case ENT_N_ACTOR_TYPES:
    default:               return "ellipse";
    }
}

static void
dot_attr (GString *out, gboolean *first, const char *key, const char *value)
{
  g_string_append (out, *first ? " [" : ", ");
  *first = FALSE;
  append_dot_string (out, key);
  g_string_append_c (out, '=');
  append_dot_string (out, value);
}

static char *
export_dot (const Visible *v)
{
  const EntNetwork *net = v->net;
  GString *out = g_string_new (NULL);

  g_string_append_printf (out,
                          "/* Entente alliance map: %u actors, %u relations.\n"
                          " * Graphviz input: `dot -Tsvg FILE -o map.svg`;"
                          " pinned positions (inches) are kept by `neato`. */\n",
                          v->n_actors, v->n_relations);
  g_string_append (out, "graph \"entente\" {\n");
  g_string_append (out, "  graph [\"overlap\"=\"false\", \"splines\"=\"true\", \"outputorder\"=\"edgesfirst\"];\n");
  g_string_append (out, "  node [\"style\"=\"filled\", \"fontname\"=\"Sans\"];\n");
  g_string_append (out, "  edge [\"fontname\"=\"Sans\"];\n");

  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      const EntActor *aff = actor_affiliation (net, a);
      g_autofree char *aliases = join_aliases (a);
      g_autofree char *fill = colour_hex (type_colour (a->type));
      g_autofree char *mentions = g_strdup_printf ("%u", actor_n_mentions (a));
      gboolean first = TRUE;

      if (!v->actor_on[i])
        continue;

      g_string_append (out, "  ");
      append_dot_string (out, a->id);
      dot_attr (out, &first, "label", a->name);
      dot_attr (out, &first, "type", ent_actor_type_to_string (a->type));
      dot_attr (out, &first, "shape", dot_shape (a->type));
      dot_attr (out, &first, "fillcolor", fill);
      dot_attr (out, &first, "fontcolor", text_colour_on (type_colour (a->type)));
      dot_attr (out, &first, "aliases", aliases);
      if (aff != NULL)
        {
          dot_attr (out, &first, "affiliation", aff->name);
          dot_attr (out, &first, "affiliation_id", aff->id);
        }
      dot_attr (out, &first, "mentions", mentions);
      if (visible_has_position (v, i))
        {
          const EntNodeGeom *g = &v->layout->nodes[i];
          char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *pos = NULL;

          /* Graphviz input positions are in inches with y up. */
          g_ascii_formatd (x, sizeof x, "%.4f", g->x / 72.0);
          g_ascii_formatd (y, sizeof y, "%.4f", (v->layout->height - g->y) / 72.0);
          pos = g_strdup_printf ("%s,%s!", x, y);
          dot_attr (out, &first, "pos", pos);
        }
      g_string_append (out, "];\n");
    }

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      const EntActor *s, *t;
      g_autofree char *colour = NULL;
      g_autofree char *weight = NULL;
      g_autofree char *sentences = NULL;
      gboolean first = TRUE;

      if (!v->relation_on[i])
        continue;

      s = g_ptr_array_index (net->actors, r->source);
      t = g_ptr_array_index (net->actors, r->target);
      colour = colour_hex (polarity_colour (r->polarity));
      /* neato wants weight >= 1; the true count is in "sentences". */
      weight = g_strdup_printf ("%u", MAX (ent_relation_weight (r), 1));
      sentences = g_strdup_printf ("%u", ent_relation_weight (r));

      g_string_append (out, "  ");
      append_dot_string (out, s->id);
      g_string_append (out, " -- ");
      append_dot_string (out, t->id);
      dot_attr (out, &first, "id", r->id);
      dot_attr (out, &first, "color", colour);
      dot_attr (out, &first, "polarity", ent_polarity_to_string (r->polarity));
      dot_attr (out, &first, "kind", r->kind ? r->kind : "");
      dot_attr (out, &first, "weight", weight);
      dot_attr (out, &first, "sentences", sentences);
      if (r->polarity == ENT_POLARITY_NEUTRAL)
        dot_attr (out, &first, "style", "dashed");
      dot_attr (out, &first, "dir", r->directed ? "forward" : "none");
      g_string_append (out, "];\n");
    }

  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* GraphML                                                             */
/* ------------------------------------------------------------------ */

static void
graphml_data (GString *out, const char *key, const char *value)
{
  g_string_append_printf (out, "      <data key=\"%s\">", key);
  append_xml_escaped (out, value);
  g_string_append (out, "</data>\n");
}

static char *
export_graphml (const Visible *v)
{
  const EntNetwork *net = v->net;
  GString *out = g_string_new (NULL);

  g_string_append (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
    " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "  <!-- Entente alliance map.  Evidence sentences are one per line. -->\n"
    "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
    "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
    "  <key id=\"aliases\" for=\"node\" attr.name=\"aliases\" attr.type=\"string\"/>\n"
    "  <key id=\"affiliation\" for=\"node\" attr.name=\"affiliation\" attr.type=\"string\"/>\n"
    "  <key id=\"affiliation_id\" for=\"node\" attr.name=\"affiliation_id\" attr.type=\"string\"/>\n"
    "  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
    "  <key id=\"color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n");
  if (v->layout != NULL)
    g_string_append (out,
      "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
      "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n");
  g_string_append (out,
    "  <key id=\"polarity\" for=\"edge\" attr.name=\"polarity\" attr.type=\"string\"/>\n"
    "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
    "  <key id=\"directed\" for=\"edge\" attr.name=\"directed\" attr.type=\"boolean\"/>\n"
    "  <key id=\"sentences\" for=\"edge\" attr.name=\"sentences\" attr.type=\"int\"/>\n"
    "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
    "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <key id=\"ecolor\" for=\"edge\" attr.name=\"color\" attr.type=\"string\"/>\n");
  /* Mixed graphs are legal GraphML but many readers reject them, so the
   * per-edge direction is a data attribute and the default covers the
   * common case. */
  g_string_append_printf (out, "  <graph id=\"entente\" edgedefault=\"%s\">\n",
                          v->all_directed ? "directed" : "undirected");

  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      const EntActor *aff = actor_affiliation (net, a);
      g_autofree char *aliases = join_aliases (a);
      g_autofree char *fill = colour_hex (type_colour (a->type));

      if (!v->actor_on[i])
        continue;

      g_string_append (out, "    <node id=\"");
      append_xml_escaped (out, a->id);
      g_string_append (out, "\">\n");
      graphml_data (out, "label", a->name);   /* Gephi's label column */
      graphml_data (out, "name", a->name);    /* Cytoscape's name column */
      graphml_data (out, "type", ent_actor_type_to_string (a->type));
      graphml_data (out, "aliases", aliases);
      if (aff != NULL)
        {
          graphml_data (out, "affiliation", aff->name);
          graphml_data (out, "affiliation_id", aff->id);
        }
      g_string_append_printf (out, "      <data key=\"mentions\">%u</data>\n", actor_n_mentions (a));
      graphml_data (out, "color", fill);
      if (visible_has_position (v, i))
        {
          g_string_append (out, "      <data key=\"x\">");
          append_double (out, v->layout->nodes[i].x);
          g_string_append (out, "</data>\n      <data key=\"y\">");
          append_double (out, v->layout->nodes[i].y);
          g_string_append (out, "</data>\n");
        }
      g_string_append (out, "    </node>\n");
    }

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      const EntActor *s, *t;
      g_autofree char *evidence = NULL;
      g_autofree char *colour = NULL;

      if (!v->relation_on[i])
        continue;

      s = g_ptr_array_index (net->actors, r->source);
      t = g_ptr_array_index (net->actors, r->target);
      evidence = join_evidence (r);
      colour = colour_hex (polarity_colour (r->polarity));

      g_string_append (out, "    <edge id=\"");
      append_xml_escaped (out, r->id);
      g_string_append (out, "\" source=\"");
      append_xml_escaped (out, s->id);
      g_string_append (out, "\" target=\"");
      append_xml_escaped (out, t->id);
      g_string_append (out, "\">\n");
      graphml_data (out, "polarity", ent_polarity_to_string (r->polarity));
      graphml_data (out, "kind", r->kind ? r->kind : "");
      graphml_data (out, "directed", r->directed ? "true" : "false");
      g_string_append_printf (out, "      <data key=\"sentences\">%u</data>\n", ent_relation_weight (r));
      g_string_append_printf (out, "      <data key=\"weight\">%u.0</data>\n", ent_relation_weight (r));
      graphml_data (out, "evidence", evidence);
      graphml_data (out, "ecolor", colour);
      g_string_append (out, "    </edge>\n");
    }

  g_string_append (out, "  </graph>\n</graphml>\n");
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* GEXF 1.2                                                            */
/* ------------------------------------------------------------------ */

static void
gexf_attvalue (GString *out, const char *id, const char *value)
{
  g_string_append_printf (out, "          <attvalue for=\"%s\" value=\"", id);
  append_xml_escaped (out, value);
  g_string_append (out, "\"/>\n");
}

static void
gexf_colour (GString *out, EntRGBA c)
{
  g_string_append_printf (out, "        <viz:color r=\"%u\" g=\"%u\" b=\"%u\"/>\n",
                          channel (c.r), channel (c.g), channel (c.b));
}

static char *
export_gexf (const Visible *v)
{
  const EntNetwork *net = v->net;
  GString *out = g_string_new (NULL);

  g_string_append (out,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""
    " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    " xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\""
    " version=\"1.2\">\n"
    "  <meta>\n"
    "    <creator>Entente " PACKAGE_VERSION "</creator>\n"
    "    <description>Alliance map: actors and their relations; evidence sentences one per line</description>\n"
    "  </meta>\n");
  g_string_append_printf (out, "  <graph defaultedgetype=\"%s\" mode=\"static\">\n",
                          v->all_directed ? "directed" : "undirected");
  g_string_append (out,
    "    <attributes class=\"node\" mode=\"static\">\n"
    "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"1\" title=\"aliases\" type=\"string\"/>\n"
    "      <attribute id=\"2\" title=\"affiliation\" type=\"string\"/>\n"
    "      <attribute id=\"3\" title=\"affiliation_id\" type=\"string\"/>\n"
    "      <attribute id=\"4\" title=\"mentions\" type=\"integer\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\" mode=\"static\">\n"
    "      <attribute id=\"0\" title=\"polarity\" type=\"string\"/>\n"
    "      <attribute id=\"1\" title=\"kind\" type=\"string\"/>\n"
    "      <attribute id=\"2\" title=\"directed\" type=\"boolean\"/>\n"
    "      <attribute id=\"3\" title=\"sentences\" type=\"integer\"/>\n"
    "      <attribute id=\"4\" title=\"evidence\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <nodes>\n");

  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      const EntActor *aff = actor_affiliation (net, a);
      g_autofree char *aliases = join_aliases (a);
      g_autofree char *mentions = NULL;

      if (!v->actor_on[i])
        continue;

      mentions = g_strdup_printf ("%u", actor_n_mentions (a));
      g_string_append (out, "      <node id=\"");
      append_xml_escaped (out, a->id);
      g_string_append (out, "\" label=\"");
      append_xml_escaped (out, a->name);
      g_string_append (out, "\">\n        <attvalues>\n");
      gexf_attvalue (out, "0", ent_actor_type_to_string (a->type));
      gexf_attvalue (out, "1", aliases);
      gexf_attvalue (out, "2", aff ? aff->name : "");
      gexf_attvalue (out, "3", aff ? aff->id : "");
      gexf_attvalue (out, "4", mentions);
      g_string_append (out, "        </attvalues>\n");
      gexf_colour (out, type_colour (a->type));
      if (visible_has_position (v, i))
        {
          const EntNodeGeom *g = &v->layout->nodes[i];

          /* GEXF viewers use y up. */
          g_string_append (out, "        <viz:position x=\"");
          append_double (out, g->x);
          g_string_append (out, "\" y=\"");
          append_double (out, v->layout->height - g->y);
          g_string_append (out, "\" z=\"0.0\"/>\n        <viz:size value=\"");
          append_double (out, MAX (g->w, g->h) / 2.0);
          g_string_append (out, "\"/>\n");
        }
      g_string_append (out, "      </node>\n");
    }

  g_string_append (out, "    </nodes>\n    <edges>\n");

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      const EntActor *s, *t;
      g_autofree char *evidence = NULL;
      g_autofree char *count = NULL;

      if (!v->relation_on[i])
        continue;

      s = g_ptr_array_index (net->actors, r->source);
      t = g_ptr_array_index (net->actors, r->target);
      evidence = join_evidence (r);
      count = g_strdup_printf ("%u", ent_relation_weight (r));

      g_string_append (out, "      <edge id=\"");
      append_xml_escaped (out, r->id);
      g_string_append (out, "\" source=\"");
      append_xml_escaped (out, s->id);
      g_string_append (out, "\" target=\"");
      append_xml_escaped (out, t->id);
      g_string_append (out, "\" label=\"");
      append_xml_escaped (out, ent_polarity_to_string (r->polarity));
      g_string_append_printf (out, "\" weight=\"%u.0\">\n        <attvalues>\n",
                              MAX (ent_relation_weight (r), 1));
      gexf_attvalue (out, "0", ent_polarity_to_string (r->polarity));
      gexf_attvalue (out, "1", r->kind ? r->kind : "");
      gexf_attvalue (out, "2", r->directed ? "true" : "false");
      gexf_attvalue (out, "3", count);
      gexf_attvalue (out, "4", evidence);
      g_string_append (out, "        </attvalues>\n");
      gexf_colour (out, polarity_colour (r->polarity));
      g_string_append (out, "      </edge>\n");
    }

  g_string_append (out, "    </edges>\n  </graph>\n</gexf>\n");
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */
/* ------------------------------------------------------------------ */

static const char *
document_name (const EntNetwork *net, guint doc)
{
  const EntDocument *d;

  if (doc >= net->documents->len)
    return "";
  d = g_ptr_array_index (net->documents, doc);
  if (d->path != NULL && d->path[0] != '\0')
    return d->path;
  if (d->title != NULL && d->title[0] != '\0')
    return d->title;
  return d->id ? d->id : "";
}

static void
csv_row (GString *out, const char *const *fields, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

static char *
export_csv (const Visible *v)
{
  static const char *const header[] = {
    "relation_id", "source", "source_type", "target", "target_type", "polarity",
    "kind", "directed", "document", "sentence_index", "cue", "speaker", "text",
  };
  const EntNetwork *net = v->net;
  GString *out = g_string_new (NULL);

  csv_row (out, header, G_N_ELEMENTS (header));

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      const EntActor *s, *t;

      if (!v->relation_on[i])
        continue;

      s = g_ptr_array_index (net->actors, r->source);
      t = g_ptr_array_index (net->actors, r->target);

      for (guint k = 0; r->evidence != NULL && k < r->evidence->len; k++)
        {
          const EntEvidence *ev = g_ptr_array_index (r->evidence, k);
          g_autofree char *index = g_strdup_printf ("%u", ev->sentence);
          const char *row[] = {
            r->id, s->name, ent_actor_type_to_string (s->type),
            t->name, ent_actor_type_to_string (t->type),
            ent_polarity_to_string (r->polarity), r->kind ? r->kind : "",
            r->directed ? "true" : "false", document_name (net, ev->doc), index,
            ev->cue ? ev->cue : "", ev->speaker ? ev->speaker : "", ev->text ? ev->text : "",
          };

          csv_row (out, row, G_N_ELEMENTS (row));
        }
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ */
/* entente/1 JSON of the visible part                                  */
/* ------------------------------------------------------------------ */

static void
replace_id (char **slot, const char *id)
{
  if (id == NULL)
    return;
  g_free (*slot);
  *slot = g_strdup (id);
}

/* A copy holding only the visible actors and relations (all documents,
 * since evidence refers to them).  Ids are kept, so the JSON, the CSV and
 * the other exports name things the same way. */
static EntNetwork *
visible_copy (const Visible *v)
{
  const EntNetwork *net = v->net;
  EntNetwork *copy = ent_network_new ();
  g_autofree int *actor_map = g_new (int, MAX (net->actors->len, 1));

  for (guint i = 0; i < net->documents->len; i++)
    {
      const EntDocument *d = g_ptr_array_index (net->documents, i);
      EntDocument *nd = ent_network_add_document (copy, d->path, d->title,
                                                  g_strndup (d->text ? d->text : "", d->len),
                                                  d->len);
      replace_id (&nd->id, d->id);
      if (d->sentences != NULL && nd->sentences != NULL)
        g_array_append_vals (nd->sentences, d->sentences->data, d->sentences->len);
    }

  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      EntActor *na;

      actor_map[i] = -1;
      if (!v->actor_on[i])
        continue;

      actor_map[i] = copy->actors->len;
      na = ent_network_add_actor (copy, a->name, a->type);
      replace_id (&na->id, a->id);
      na->confidence = a->confidence;
      for (guint k = 0; a->aliases != NULL && k < a->aliases->len; k++)
        ent_actor_add_alias (na, g_ptr_array_index (a->aliases, k));
      for (guint k = 0; a->mentions != NULL && k < a->mentions->len; k++)
        {
          const EntMention *m = &g_array_index (a->mentions, EntMention, k);
          ent_actor_add_mention (na, m->doc, m->start, m->end);
        }
    }

  /* Affiliations point at the copy's indices; a hidden patron is dropped. */
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      EntActor *na;

      if (actor_map[i] < 0)
        continue;
      na = g_ptr_array_index (copy->actors, actor_map[i]);
      na->affiliation = -1;
      if (a->affiliation >= 0 && (guint) a->affiliation < net->actors->len)
        na->affiliation = actor_map[a->affiliation];
    }

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      EntRelation *nr;

      if (!v->relation_on[i])
        continue;

      nr = ent_network_add_relation (copy, actor_map[r->source], actor_map[r->target],
                                     r->polarity, r->kind, r->directed);
      replace_id (&nr->id, r->id);
      for (guint k = 0; r->evidence != NULL && k < r->evidence->len; k++)
        {
          const EntEvidence *ev = g_ptr_array_index (r->evidence, k);
          ent_relation_add_evidence_ref (nr, ev->doc, ev->sentence, ev->start, ev->end,
                                         ev->text, ev->cue, ev->speaker);
        }
    }

  return copy;
}

static char *
export_json (const Visible *v, GError **error)
{
  g_autoptr(EntNetwork) copy = visible_copy (v);
  g_autoptr(json_t) root = ent_network_to_json (copy, FALSE);
  g_autofree char *text = NULL;

  if (root != NULL)
    text = json_dumps (root, JSON_INDENT (2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION (10));
  if (text == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "could not write the network as JSON");
      return NULL;
    }

  return g_strconcat (text, "\n", NULL);
}

/* ------------------------------------------------------------------ */
/* Entry points                                                        */
/* ------------------------------------------------------------------ */

char *
ent_export_data_to_string (const EntNetwork *net,
                           const EntLayout  *layout,
                           const gboolean   *actor_visible,
                           const gboolean   *relation_visible,
                           EntExportFormat   format,
                           gsize            *len,
                           GError          **error)
{
  Visible v;
  char *out = NULL;

  g_return_val_if_fail (net != NULL, NULL);

  visible_init (&v, net, layout, actor_visible, relation_visible);

  switch (format)
    {
    case ENT_EXPORT_DOT:     out = export_dot (&v); break;
    case ENT_EXPORT_GRAPHML: out = export_graphml (&v); break;
    case ENT_EXPORT_GEXF:    out = export_gexf (&v); break;
    case ENT_EXPORT_CSV:     out = export_csv (&v); break;
    case ENT_EXPORT_JSON:    out = export_json (&v, error); break;
    case ENT_EXPORT_PNG:
    case ENT_EXPORT_SVG:
    case ENT_EXPORT_PDF:
    case ENT_EXPORT_UNKNOWN:
    default:
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED,
                   "not a data format (use dot, gv, graphml, gexf, json or csv)");
      break;
    }

  visible_clear (&v);

  if (out != NULL && len != NULL)
    *len = strlen (out);
  return out;
}

gboolean
ent_export_data (const EntNetwork *net,
                 const EntLayout  *layout,
                 const gboolean   *actor_visible,
                 const gboolean   *relation_visible,
                 EntExportFormat   format,
                 const char       *path,
                 GError          **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, FALSE);

  data = ent_export_data_to_string (net, layout, actor_visible, relation_visible,
                                    format, &len, error);
  if (data == NULL)
    return FALSE;

  return ent_file_write_atomic (path, data, len, error);
}
