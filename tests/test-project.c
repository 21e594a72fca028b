/* test-project.c: .entente projects, inputs by content, user edits. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "ent-json.h"
#include "ent-project.h"

static const char article[] =
  "QANDAR CITY, March 3 (Wire) - Qandar and Velmora signed a defence pact on Monday.\n"
  "Velmora accused the Sable Front of shelling the port, a claim the group denied.\n"
  "Aris Telk, Qandar's president, praised the pact.\n";

static EntNetwork *
make_network (void)
{
  EntNetwork *net = ent_network_new ();
  EntDocument *doc;
  EntSpan spans[] = { { 0, 82 }, { 82, 163 }, { 163, sizeof article - 1 } };
  EntActor *a;
  EntRelation *r;

  doc = ent_network_add_document (net, "wire/pact.txt", "Qandar pact",
                                  g_strdup (article), sizeof article - 1);
  g_array_append_vals (doc->sentences, spans, G_N_ELEMENTS (spans));

  a = ent_network_add_actor (net, "Qandar", ENT_ACTOR_STATE);        /* 0 */
  ent_actor_add_alias (a, "Republic of Qandar");
  ent_actor_add_mention (a, 0, 30, 36);
  a = ent_network_add_actor (net, "Velmora", ENT_ACTOR_STATE);       /* 1 */
  ent_actor_add_alias (a, "Velmoran government");
  ent_actor_add_mention (a, 0, 41, 48);
  ent_actor_add_mention (a, 0, 82, 89);
  a = ent_network_add_actor (net, "Aris Telk", ENT_ACTOR_LEADER);    /* 2 */
  a->affiliation = 0;
  ent_actor_add_mention (a, 0, 163, 172);
  a = ent_network_add_actor (net, "Sable Front", ENT_ACTOR_GROUP);   /* 3 */
  a->affiliation = 1;
  a->confidence = 0.75;
  ent_actor_add_mention (a, 0, 107, 118);

  r = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "agreement", FALSE);   /* r1 */
  ent_relation_add_evidence (r, 0, 0, 0, 82, "QANDAR CITY, March 3 (Wire) - Qandar and "
                             "Velmora signed a defence pact on Monday.", "signed", NULL);
  r = ent_network_add_relation (net, 1, 3, ENT_POLARITY_HOSTILE, "accusation", TRUE); /* r2 */
  ent_relation_add_evidence (r, 0, 1, 82, 163, "Velmora accused the Sable Front of shelling "
                             "the port, a claim the group denied.", "accused", NULL);
  r = ent_network_add_relation (net, 2, 1, ENT_POLARITY_ALLY, "support", FALSE);      /* r3 */
  ent_relation_add_evidence (r, 0, 2, 163, sizeof article - 1,
                             "Aris Telk, Qandar's president, praised the pact.", "praised", NULL);
  r = ent_network_add_relation (net, 0, 3, ENT_POLARITY_HOSTILE, "conflict", FALSE);  /* r4 */
  ent_relation_add_evidence (r, 0, 1, 82, 163, "Velmora accused the Sable Front of shelling "
                             "the port, a claim the group denied.", NULL, NULL);
  r = ent_network_add_relation (net, 2, 3, ENT_POLARITY_HOSTILE, "conflict", FALSE);  /* r5 */
  ent_relation_add_evidence (r, 0, 2, 163, sizeof article - 1,
                             "Aris Telk, Qandar's president, praised the pact.", NULL, NULL);
  return net;
}

static EntLayout *
make_layout (const EntNetwork *net)
{
  EntLayout *l = g_new0 (EntLayout, 1);

  l->engine = g_strdup ("sfdp");
  l->n_nodes = net->actors->len;
  l->nodes = g_new0 (EntNodeGeom, l->n_nodes);
  l->n_edges = net->relations->len;
  l->edges = g_new0 (EntEdgeGeom, l->n_edges);
  for (guint i = 0; i < l->n_nodes; i++)
    {
      l->nodes[i].x = 10.123456 + 97.3 * i;
      l->nodes[i].y = 20.5 + 13.1 * i;
      l->nodes[i].w = 42.25;
      l->nodes[i].h = 18;
      l->nodes[i].label_w = 51.7;
      l->nodes[i].label_h = 12.2;
      l->nodes[i].placed = i != 3;
    }
  for (guint i = 0; i < l->n_edges; i++)
    {
      l->edges[i].n_points = 4;
      l->edges[i].points = g_new (double, 8);
      for (guint k = 0; k < 8; k++)
        l->edges[i].points[k] = i * 10.0 + k * 1.0 / 3.0;
      l->edges[i].placed = TRUE;
      l->edges[i].offset = i == 1 ? 6.0 : 0.0;
    }
  l->width = 420.0;
  l->height = 99.5;
  return l;
}

static EntProject *
make_project (void)
{
  EntProject *p = ent_project_new (make_network ());

  p->layout = make_layout (p->net);
  g_free (p->engine);
  p->engine = g_strdup ("sfdp");
  p->filter.type_mask = (1u << ENT_ACTOR_STATE) | (1u << ENT_ACTOR_GROUP);
  p->filter.polarity_mask = 1u << ENT_POLARITY_HOSTILE;
  p->filter.min_sentences = 2;
  p->filter.hide_isolated = TRUE;
  p->filter.focus_actor = 3;
  p->filter.focus_hops = 2;
  p->filter.removed_actors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_hash_table_add (p->filter.removed_actors, GUINT_TO_POINTER (2));
  return p;
}

static char *
tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("entente-project-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);
  return data;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* ------------------------------------------------------------ round trip */

static void
test_round_trip (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path1 = g_build_filename (dir, "map.entente", NULL);
  g_autofree char *path2 = g_build_filename (dir, "again.entente", NULL);
  g_autofree char *data1 = NULL, *data2 = NULL;
  g_autoptr(EntProject) p = make_project ();
  g_autoptr(EntProject) q = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ent_project_rename_actor (p, 3, "Sable Liberation Front", &error));
  g_assert_no_error (error);

  g_assert_true (ent_project_save (p, path1, &error));
  g_assert_no_error (error);
  q = ent_project_load (path1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (q);
  g_assert_true (ent_project_save (q, path2, &error));
  g_assert_no_error (error);

  data1 = read_file (path1);
  data2 = read_file (path2);
  g_assert_cmpstr (data1, ==, data2);
  g_assert_nonnull (strstr (data1, "\"format\": \"entente-project/1\""));

  /* The view comes back: engine, filter, positions and curves. */
  g_assert_cmpstr (q->engine, ==, "sfdp");
  g_assert_true (ent_filter_equal (&p->filter, &q->filter));
  g_assert_cmpint (q->filter.focus_actor, ==, 3);
  g_assert_cmpuint (q->filter.min_sentences, ==, 2);
  g_assert_true (g_hash_table_contains (q->filter.removed_actors, GUINT_TO_POINTER (2)));
  g_assert_nonnull (q->layout);
  g_assert_cmpstr (q->layout->engine, ==, "sfdp");
  g_assert_cmpuint (q->layout->n_nodes, ==, p->layout->n_nodes);
  g_assert_cmpuint (q->layout->n_edges, ==, p->layout->n_edges);
  for (guint i = 0; i < p->layout->n_nodes; i++)
    {
      g_assert_cmpfloat_with_epsilon (q->layout->nodes[i].x, p->layout->nodes[i].x, 0.006);
      g_assert_cmpfloat_with_epsilon (q->layout->nodes[i].y, p->layout->nodes[i].y, 0.006);
      g_assert_cmpfloat_with_epsilon (q->layout->nodes[i].label_w, p->layout->nodes[i].label_w, 0.006);
      g_assert_cmpint (q->layout->nodes[i].placed, ==, p->layout->nodes[i].placed);
    }
  for (guint i = 0; i < p->layout->n_edges; i++)
    {
      g_assert_cmpuint (q->layout->edges[i].n_points, ==, 4);
      for (guint k = 0; k < 8; k++)
        g_assert_cmpfloat_with_epsilon (q->layout->edges[i].points[k],
                                        p->layout->edges[i].points[k], 0.006);
      g_assert_cmpfloat (q->layout->edges[i].offset, ==, p->layout->edges[i].offset);
    }
  g_assert_cmpfloat (q->layout->height, ==, 99.5);

  /* The network, with the documents' full text and the edit. */
  g_assert_cmpuint (q->net->documents->len, ==, 1);
  g_assert_cmpstr (((EntDocument *) g_ptr_array_index (q->net->documents, 0))->text, ==, article);
  g_assert_cmpuint (q->net->actors->len, ==, 4);
  g_assert_cmpuint (q->net->relations->len, ==, 5);
  g_assert_cmpstr (((EntActor *) g_ptr_array_index (q->net->actors, 3))->name, ==,
                   "Sable Liberation Front");
  g_assert_cmpuint (q->edits->len, ==, 1);
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (q->edits, 0))->op, ==, "rename");
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (q->edits, 0))->name, ==, "Sable Front");
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (q->edits, 0))->new_name, ==,
                   "Sable Liberation Front");

  remove_dir (dir);
}

/* A project without a layout (never laid out) reopens without one. */
static void
test_no_layout (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "plain.entente", NULL);
  g_autoptr(EntProject) p = ent_project_new (make_network ());
  g_autoptr(EntProject) q = NULL;
  g_autoptr(GError) error = NULL;
  EntFilter all;

  g_assert_true (ent_project_save (p, path, &error));
  g_assert_no_error (error);
  q = ent_project_load (path, &error);
  g_assert_no_error (error);
  g_assert_null (q->layout);
  g_assert_cmpstr (q->engine, ==, "auto");
  ent_filter_init (&all);
  g_assert_true (ent_filter_equal (&all, &q->filter));
  remove_dir (dir);
}

/* ---------------------------------------------------------------- atomic */

/* Makes @dir unwritable: permissions for ordinary users; for root (whom
 * permissions do not stop) the immutable attribute, where the file system
 * has it.  FALSE when neither works. */
static gboolean
set_dir_readonly (const char *dir, gboolean readonly)
{
  int fd, flags = 0;
  gboolean ok;

  if (geteuid () != 0)
    return g_chmod (dir, readonly ? 0555 : 0755) == 0;

  fd = open (dir, O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return FALSE;
  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok)
    {
      flags = readonly ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);
  return ok;
}

static void
test_atomic_readonly_dir (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "map.entente", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(EntProject) p = make_project ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_assert_true (ent_project_save (p, path, &error));
  g_assert_no_error (error);
  before = read_file (path);

  g_assert_true (ent_project_rename_actor (p, 0, "Qandar Republic", &error));
  if (!set_dir_readonly (dir, TRUE))
    {
      remove_dir (dir);
      g_test_skip ("cannot make a folder read-only here");
      return;
    }
  ok = ent_project_save (p, path, &error);
  set_dir_readonly (dir, FALSE);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));

  after = read_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (dir), ==, 1);
  remove_dir (dir);
}

/* A full disk (here: a file size limit) in the middle of writing. */
static void
test_atomic_full_disk (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "map.entente", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(EntProject) p = make_project ();
  g_autoptr(GError) error = NULL;
  struct rlimit old, small;
  void (*old_handler) (int);
  gboolean ok;

  g_assert_true (ent_project_save (p, path, &error));
  g_assert_no_error (error);
  before = read_file (path);
  g_assert_cmpuint (strlen (before), >, 2048);

  /* Make the new file bigger, then let only 1 KiB be written. */
  g_assert_true (ent_project_rename_actor (p, 0, "Qandar (Republic of, as renamed by the user)", &error));
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  small = old;
  small.rlim_cur = 1024;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = ent_project_save (p, path, &error);
  setrlimit (RLIMIT_FSIZE, &old);
  signal (SIGXFSZ, old_handler);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, path));
  after = read_file (path);
  g_assert_cmpstr (before, ==, after);
  /* No half-written temporary file is left next to it. */
  g_assert_cmpuint (count_files (dir), ==, 1);
  remove_dir (dir);
}

/* ---------------------------------------------------------- load errors */

static void
write_file (const char *path, const char *data)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, -1, &error);
  g_assert_no_error (error);
}

static char *
load_error (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) p = ent_project_load (path, &error);

  g_assert_null (p);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

/* "path:LINE:COLUMN: reason" with LINE, COLUMN > 0; returns the line. */
static int
check_line_column (const char *msg, const char *path)
{
  g_autofree char *prefix = g_strconcat (path, ":", NULL);
  char *end = NULL;
  long line, column;

  g_assert_true (g_str_has_prefix (msg, prefix));
  line = strtol (msg + strlen (prefix), &end, 10);
  g_assert_true (*end == ':');
  column = strtol (end + 1, &end, 10);
  g_assert_true (g_str_has_prefix (end, ": "));
  g_assert_cmpint (line, >, 0);
  g_assert_cmpint (column, >, 0);
  return (int) line;
}

/* Loads the saved project as JSON, lets @edit change it, writes it back. */
static void
rewrite_project (const char *src, const char *dst, void (*edit) (json_t *root))
{
  json_error_t jerr;
  g_autoptr(json_t) root = json_load_file (src, 0, &jerr);
  g_autofree char *text = NULL;

  g_assert_nonnull (root);
  edit (root);
  text = json_dumps (root, JSON_INDENT (1) | JSON_PRESERVE_ORDER);
  write_file (dst, text);
}

static void
edit_focus (json_t *root)
{
  json_object_set_new (json_object_get (root, "filter"), "focus_actor", json_string ("a99"));
}

static void
edit_nodes (json_t *root)
{
  json_array_remove (json_object_get (json_object_get (root, "layout"), "nodes"), 1);
}

static void
edit_node_order (json_t *root)
{
  json_t *nodes = json_object_get (json_object_get (root, "layout"), "nodes");
  json_t *first = json_incref (json_array_get (nodes, 0));

  json_array_remove (nodes, 0);
  json_array_append_new (nodes, first);
}

static void
edit_relation (json_t *root)
{
  json_t *rel = json_array_get (json_object_get (json_object_get (root, "network"), "relations"), 2);
  json_object_set_new (rel, "target", json_string ("a42"));
}

static void
edit_format (json_t *root)
{
  json_object_set_new (root, "format", json_string ("entente-project/9"));
}

static void
edit_engine (json_t *root)
{
  json_object_set_new (root, "engine", json_string ("rm -rf"));
}

static void
edit_edits (json_t *root)
{
  json_array_append_new (json_object_get (root, "edits"), json_pack ("{s:s}", "op", "explode"));
}

static void
test_load_errors (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *good = g_build_filename (dir, "good.entente", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.entente", NULL);
  g_autofree char *data = NULL;
  g_autofree char *half = NULL;
  g_autoptr(EntProject) p = make_project ();
  g_autoptr(GError) error = NULL;
  struct { void (*edit) (json_t *); const char *expect; } cases[] = {
    { edit_focus, "filter.focus_actor" },
    { edit_nodes, "layout.nodes: 3 positions for 4 actors" },
    { edit_node_order, "layout.nodes[0]" },
    { edit_relation, "network: " },
    { edit_format, "unknown format \"entente-project/9\"" },
    { edit_engine, "engine" },
    { edit_edits, "edits[0]" },
  };
  char *msg;
  int line;

  g_assert_true (ent_project_save (p, good, &error));
  g_assert_no_error (error);
  data = read_file (good);

  /* Malformed JSON: a stray comma on line 3. */
  write_file (bad, "{\n \"format\": \"entente-project/1\",\n \"engine\": \"auto\",,\n}\n");
  msg = load_error (bad);
  line = check_line_column (msg, bad);
  g_assert_cmpint (line, ==, 3);
  g_free (msg);

  /* Truncated in the middle: the error points at the end. */
  half = g_strndup (data, strlen (data) / 2);
  write_file (bad, half);
  msg = load_error (bad);
  line = check_line_column (msg, bad);
  g_assert_cmpint (line, >, 10);
  g_assert_nonnull (strstr (msg, "truncated"));
  g_free (msg);

  /* Duplicate keys are rejected, with a position. */
  write_file (bad, "{\"format\": \"entente-project/1\", \"format\": \"entente-project/1\"}");
  msg = load_error (bad);
  check_line_column (msg, bad);
  g_assert_nonnull (strstr (msg, "duplicate"));
  g_free (msg);

  /* Empty file, missing file, a folder, an entente/1 network, not an object. */
  write_file (bad, "");
  msg = load_error (bad);
  g_assert_true (g_str_has_prefix (msg, bad));
  g_free (msg);

  msg = load_error ("/nonexistent/entente/project.entente");
  g_assert_nonnull (strstr (msg, "/nonexistent/entente/project.entente"));
  g_free (msg);

  msg = load_error (dir);
  g_assert_true (g_str_has_prefix (msg, dir));
  g_free (msg);

  write_file (bad, "{\"format\": \"entente/1\", \"documents\": [], \"actors\": [], \"relations\": []}");
  msg = load_error (bad);
  g_assert_nonnull (strstr (msg, "not a project"));
  g_free (msg);

  write_file (bad, "[1, 2, 3]");
  msg = load_error (bad);
  g_assert_nonnull (strstr (msg, "not a JSON object"));
  g_free (msg);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *prefix = g_strconcat (bad, ": ", NULL);

      rewrite_project (good, bad, cases[i].edit);
      msg = load_error (bad);
      g_test_message ("%s", msg);
      g_assert_true (g_str_has_prefix (msg, prefix));
      g_assert_nonnull (strstr (msg, cases[i].expect));
      g_free (msg);
    }

  remove_dir (dir);
}

/* ---------------------------------------------------------------- edits */

static EntActor *
actor (EntNetwork *net, guint i)
{
  return g_ptr_array_index (net->actors, i);
}

static EntRelation *
relation (EntNetwork *net, guint i)
{
  return g_ptr_array_index (net->relations, i);
}

static gboolean
has_alias (const EntActor *a, const char *alias)
{
  for (guint i = 0; i < a->aliases->len; i++)
    if (g_str_equal (g_ptr_array_index (a->aliases, i), alias))
      return TRUE;
  return FALSE;
}

static void
test_rename (void)
{
  g_autoptr(EntNetwork) net = make_network ();

  g_assert_true (ent_network_rename_actor (net, 0, "  Republic of Qandar "));
  g_assert_cmpstr (actor (net, 0)->name, ==, "Republic of Qandar");
  /* The old name is kept as an alias; the new one is no longer an alias. */
  g_assert_true (has_alias (actor (net, 0), "Qandar"));
  g_assert_false (has_alias (actor (net, 0), "Republic of Qandar"));
  g_assert_cmpuint (actor (net, 0)->aliases->len, ==, 1);

  g_assert_false (ent_network_rename_actor (net, 0, "   "));
  g_assert_false (ent_network_rename_actor (net, 0, "bad \xff utf8"));
  g_assert_false (ent_network_rename_actor (net, 9, "Nobody"));
  g_assert_cmpstr (actor (net, 0)->name, ==, "Republic of Qandar");
}

static void
test_merge (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autoptr(GError) error = NULL;

  /* Merge Velmora (1) into Qandar (0):
   *  r1 Qandar-Velmora ally  -> self-relation, dropped
   *  r2 Velmora->Sable hostile -> Qandar->Sable hostile; r4 Qandar-Sable
   *     hostile folds into it (the earlier one survives)
   *  r3 Telk-Velmora ally -> Telk-Qandar ally
   *  Sable Front acted for Velmora -> acts for Qandar */
  g_assert_true (ent_network_merge_actors (net, 0, 1, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (net->actors->len, ==, 3);
  g_assert_cmpstr (actor (net, 0)->name, ==, "Qandar");
  g_assert_true (has_alias (actor (net, 0), "Velmora"));
  g_assert_true (has_alias (actor (net, 0), "Velmoran government"));
  g_assert_true (has_alias (actor (net, 0), "Republic of Qandar"));
  g_assert_cmpuint (actor (net, 0)->mentions->len, ==, 3);
  /* indices after the removed actor shift down */
  g_assert_cmpstr (actor (net, 1)->name, ==, "Aris Telk");
  g_assert_cmpstr (actor (net, 2)->name, ==, "Sable Front");
  g_assert_cmpint (actor (net, 1)->affiliation, ==, 0);
  g_assert_cmpint (actor (net, 2)->affiliation, ==, 0);

  g_assert_cmpuint (net->relations->len, ==, 3);
  g_assert_cmpstr (relation (net, 0)->id, ==, "r2");
  g_assert_cmpuint (relation (net, 0)->source, ==, 0);
  g_assert_cmpuint (relation (net, 0)->target, ==, 2);
  /* r2 was directed, r4 not: the folded relation keeps no arrow.  Both
   * quoted the same sentence, which is kept once. */
  g_assert_false (relation (net, 0)->directed);
  g_assert_cmpuint (ent_relation_weight (relation (net, 0)), ==, 1);
  g_assert_cmpstr (relation (net, 1)->id, ==, "r3");
  g_assert_cmpuint (relation (net, 1)->source, ==, 1);
  g_assert_cmpuint (relation (net, 1)->target, ==, 0);
  g_assert_cmpstr (relation (net, 2)->id, ==, "r5");
  g_assert_cmpuint (relation (net, 2)->source, ==, 1);
  g_assert_cmpuint (relation (net, 2)->target, ==, 2);

  /* Errors. */
  g_assert_false (ent_network_merge_actors (net, 1, 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ent_network_merge_actors (net, 0, 7, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
}

static void
test_merge_into_later (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autoptr(GError) error = NULL;
  EntRelation *r;

  /* Aris Telk (2) merged into Sable Front (3): Telk's index is gone, the
   * survivor moves to index 2.  r5 Telk-Sable becomes a self-relation.
   * r3 Telk-Velmora ally re-points to Sable-Velmora ally (no duplicate).
   * Telk's affiliation (Qandar) passes to Sable Front only if it had none:
   * it had Velmora, which stays. */
  g_assert_true (ent_network_merge_actors (net, 3, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (net->actors->len, ==, 3);
  g_assert_cmpstr (actor (net, 2)->name, ==, "Sable Front");
  g_assert_cmpint (actor (net, 2)->affiliation, ==, 1);
  g_assert_cmpfloat (actor (net, 2)->confidence, ==, 1.0);
  g_assert_cmpuint (net->relations->len, ==, 4);
  r = relation (net, 2);
  g_assert_cmpstr (r->id, ==, "r3");
  g_assert_cmpuint (r->source, ==, 2);
  g_assert_cmpuint (r->target, ==, 1);
  for (guint i = 0; i < net->relations->len; i++)
    g_assert_cmpuint (relation (net, i)->source, !=, relation (net, i)->target);

  /* Now fold with evidence: a second ally relation between Qandar and
   * Velmora under another sentence, reached through a merge. */
  {
    g_autoptr(EntNetwork) n2 = make_network ();
    EntActor *extra = ent_network_add_actor (n2, "Velmora Republic", ENT_ACTOR_STATE);   /* 4 */
    EntRelation *x = ent_network_add_relation (n2, 4, 0, ENT_POLARITY_ALLY, "support", TRUE);

    (void) extra;
    ent_relation_add_evidence (x, 0, 2, 163, sizeof article - 1,
                               "Aris Telk, Qandar's president, praised the pact.", "praised", NULL);
    g_assert_true (ent_network_merge_actors (n2, 1, 4, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n2->actors->len, ==, 4);
    g_assert_cmpuint (n2->relations->len, ==, 5);
    g_assert_cmpuint (ent_relation_weight (relation (n2, 0)), ==, 2);
    g_assert_false (relation (n2, 0)->directed);
    g_assert_true (has_alias (actor (n2, 1), "Velmora Republic"));
  }
}

static void
test_remove (void)
{
  g_autoptr(EntNetwork) net = make_network ();

  ent_network_remove_actor (net, 0);   /* Qandar: r1, r4 go; Telk loses his patron */
  g_assert_cmpuint (net->actors->len, ==, 3);
  g_assert_cmpstr (actor (net, 0)->name, ==, "Velmora");
  g_assert_cmpint (actor (net, 1)->affiliation, ==, -1);
  g_assert_cmpint (actor (net, 2)->affiliation, ==, 0);
  g_assert_cmpuint (net->relations->len, ==, 3);
  g_assert_cmpstr (relation (net, 0)->id, ==, "r2");
  g_assert_cmpuint (relation (net, 0)->source, ==, 0);
  g_assert_cmpuint (relation (net, 0)->target, ==, 2);
  g_assert_cmpstr (relation (net, 1)->id, ==, "r3");
  g_assert_cmpuint (relation (net, 1)->source, ==, 1);
  g_assert_cmpuint (relation (net, 1)->target, ==, 0);

  ent_network_remove_relation (net, 1);
  g_assert_cmpuint (net->relations->len, ==, 2);
  g_assert_cmpstr (relation (net, 0)->id, ==, "r2");
  g_assert_cmpstr (relation (net, 1)->id, ==, "r5");
}

static void
test_project_edits (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "edited.entente", NULL);
  g_autoptr(EntProject) p = make_project ();
  g_autoptr(EntProject) undo = NULL;
  g_autoptr(EntProject) q = NULL;
  g_autoptr(GError) error = NULL;
  double sable_x = p->layout->nodes[3].x;
  double r5_first = p->layout->edges[4].points[0];
  g_autofree char *saved = NULL;

  undo = ent_project_copy (p);

  /* Remove Velmora (1): r1, r2, r3 go; focus (Sable, 3) and the removed
   * set (Telk, 2) shift down by one; layout rows follow. */
  g_assert_true (ent_project_remove_actor (p, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p->layout->n_nodes, ==, 3);
  g_assert_cmpuint (p->layout->n_edges, ==, 2);
  g_assert_cmpfloat (p->layout->nodes[2].x, ==, sable_x);
  g_assert_cmpfloat (p->layout->edges[1].points[0], ==, r5_first);
  g_assert_cmpint (p->filter.focus_actor, ==, 2);
  g_assert_true (g_hash_table_contains (p->filter.removed_actors, GUINT_TO_POINTER (1)));
  g_assert_cmpuint (g_hash_table_size (p->filter.removed_actors), ==, 1);

  /* Merge Sable Front (2) into Qandar (0): focus follows the survivor. */
  g_assert_true (ent_project_merge_actors (p, 0, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (p->filter.focus_actor, ==, 0);
  g_assert_cmpuint (p->layout->n_nodes, ==, 2);
  g_assert_cmpuint (p->layout->n_edges, ==, p->net->relations->len);

  g_assert_true (ent_project_remove_relation (p, 0, &error));
  g_assert_cmpuint (p->layout->n_edges, ==, p->net->relations->len);
  g_assert_false (ent_project_remove_relation (p, 5, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ent_project_rename_actor (p, 0, "", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpuint (p->edits->len, ==, 3);
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (p->edits, 0))->op, ==, "remove-actor");
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (p->edits, 0))->name, ==, "Velmora");
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (p->edits, 1))->op, ==, "merge");
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (p->edits, 1))->into_name, ==, "Qandar");
  g_assert_cmpstr (((EntEdit *) g_ptr_array_index (p->edits, 2))->op, ==, "remove-relation");

  /* The copy taken before is untouched (undo). */
  g_assert_cmpuint (undo->net->actors->len, ==, 4);
  g_assert_cmpuint (undo->layout->n_nodes, ==, 4);
  g_assert_cmpuint (undo->edits->len, ==, 0);

  /* The edited network is what is saved, with the log. */
  g_assert_true (ent_project_save (p, path, &error));
  g_assert_no_error (error);
  saved = read_file (path);
  g_assert_nonnull (strstr (saved, "\"op\": \"merge\""));
  g_assert_nonnull (strstr (saved, "\"op\": \"remove-actor\""));
  q = ent_project_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (q->net->actors->len, ==, 2);
  g_assert_cmpuint (q->edits->len, ==, 3);
  g_assert_cmpint (q->filter.focus_actor, ==, 0);
  remove_dir (dir);
}

/* ----------------------------------------------------------------- inputs */

static void
test_sniff (void)
{
  const char *text = "WASHINGTON (Wire) - {Officials} said on Monday...";
  const char *net = "\xef\xbb\xbf  \n{\"format\": \"entente/1\", \"documents\": []}";
  const char *proj = "{\"engine\": \"auto\", \"format\": \"entente-project/1\"}";
  const char *broken = "{\"format\": \"entente-project/1\", \"engine\": ";
  const char *other = "{\"format\": \"something-else\"}";

  g_assert_cmpint (ent_input_sniff (text, strlen (text)), ==, ENT_INPUT_TEXT);
  g_assert_cmpint (ent_input_sniff (net, strlen (net)), ==, ENT_INPUT_NETWORK_JSON);
  g_assert_cmpint (ent_input_sniff (proj, strlen (proj)), ==, ENT_INPUT_PROJECT);
  g_assert_cmpint (ent_input_sniff (broken, strlen (broken)), ==, ENT_INPUT_PROJECT);
  g_assert_cmpint (ent_input_sniff (other, strlen (other)), ==, ENT_INPUT_TEXT);
  g_assert_cmpint (ent_input_sniff ("", 0), ==, ENT_INPUT_TEXT);
  g_assert_cmpint (ent_input_sniff ("{", 1), ==, ENT_INPUT_TEXT);
}

/* Second network: the same pact seen in another report. */
static EntNetwork *
make_second_network (void)
{
  static const char text[] = "Velmora and Qandar renewed their pact. The Sable Front attacked.";
  EntNetwork *net = ent_network_new ();
  EntDocument *doc;
  EntSpan spans[] = { { 0, 38 }, { 39, sizeof text - 1 } };
  EntActor *a;
  EntRelation *r;

  doc = ent_network_add_document (net, "wire/renewal.txt", "Renewal", g_strdup (text), sizeof text - 1);
  g_array_append_vals (doc->sentences, spans, G_N_ELEMENTS (spans));
  a = ent_network_add_actor (net, "VELMORA", ENT_ACTOR_STATE);        /* same actor, other case */
  ent_actor_add_mention (a, 0, 0, 7);
  a = ent_network_add_actor (net, "Republic of Qandar", ENT_ACTOR_STATE);   /* an alias of Qandar */
  ent_actor_add_mention (a, 0, 12, 18);
  a = ent_network_add_actor (net, "Sable  Front", ENT_ACTOR_GROUP);    /* spacing differs */
  a->affiliation = 0;
  a = ent_network_add_actor (net, "Velmora", ENT_ACTOR_PERSON);        /* another type: distinct */
  r = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "agreement", FALSE);
  ent_relation_add_evidence (r, 0, 0, 0, 38, "Velmora and Qandar renewed their pact.", "renewed", NULL);
  r = ent_network_add_relation (net, 2, 3, ENT_POLARITY_HOSTILE, "conflict", FALSE);
  ent_relation_add_evidence (r, 0, 1, 39, sizeof text - 1, "The Sable Front attacked.", NULL, NULL);
  return net;
}

static void
test_load_inputs (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autofree char *p1 = g_build_filename (dir, "one.json", NULL);
  g_autofree char *p2 = g_build_filename (dir, "two.data", NULL);   /* extension does not matter */
  g_autofree char *p3 = g_build_filename (dir, "map.entente", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autoptr(EntNetwork) n1 = make_network ();
  g_autoptr(EntNetwork) n2 = make_second_network ();
  g_autoptr(EntNetwork) all = NULL;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(EntProject) p = make_project ();
  g_autoptr(GError) error = NULL;
  EntRelation *pact = NULL;

  g_assert_true (ent_network_save_json (n1, p1, FALSE, &error));
  g_assert_true (ent_network_save_json (n2, p2, FALSE, &error));
  g_assert_true (ent_project_save (p, p3, &error));
  g_assert_no_error (error);

  {
    const char *paths[] = { p1, p2, NULL };

    all = ent_load_inputs (paths, NULL, &project, NULL, &error);
    g_assert_no_error (error);
    g_assert_null (project);
  }
  g_assert_cmpuint (all->documents->len, ==, 2);
  g_assert_cmpstr (((EntDocument *) g_ptr_array_index (all->documents, 1))->id, ==, "d2");
  /* Qandar, Velmora, Aris Telk, Sable Front + Velmora the person */
  g_assert_cmpuint (all->actors->len, ==, 5);
  g_assert_cmpstr (actor (all, 4)->name, ==, "Velmora");
  g_assert_cmpint (actor (all, 4)->type, ==, ENT_ACTOR_PERSON);
  g_assert_cmpstr (actor (all, 4)->id, ==, "a5");
  g_assert_true (has_alias (actor (all, 1), "VELMORA"));
  g_assert_true (has_alias (actor (all, 3), "Sable  Front"));
  /* mentions from the second file point at its document, now d2 (index 1) */
  g_assert_cmpuint (actor (all, 1)->mentions->len, ==, 3);
  g_assert_cmpuint (g_array_index (actor (all, 1)->mentions, EntMention, 2).doc, ==, 1);
  /* Relations: the pact from both files is one relation with both sentences. */
  for (guint i = 0; i < all->relations->len; i++)
    {
      EntRelation *r = relation (all, i);
      if (r->polarity == ENT_POLARITY_ALLY && MIN (r->source, r->target) == 0 &&
          MAX (r->source, r->target) == 1)
        {
          g_assert_null (pact);
          pact = r;
        }
    }
  g_assert_nonnull (pact);
  g_assert_cmpuint (ent_relation_weight (pact), ==, 2);
  g_assert_cmpuint (((EntEvidence *) g_ptr_array_index (pact->evidence, 1))->doc, ==, 1);
  g_assert_cmpuint (all->relations->len, ==, 6);
  g_assert_cmpstr (relation (all, 5)->id, ==, "r6");
  g_clear_pointer (&all, ent_network_free);

  /* One project alone: its network as it is, and its view. */
  {
    const char *paths[] = { p3, NULL };

    all = ent_load_inputs (paths, NULL, &project, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (project);
    g_assert_null (project->net);
    g_assert_nonnull (project->layout);
    g_assert_cmpstr (project->engine, ==, "sfdp");
    g_assert_cmpint (project->filter.focus_actor, ==, 3);
    g_assert_cmpuint (all->actors->len, ==, 4);
    g_clear_pointer (&project, ent_project_free);
    g_clear_pointer (&all, ent_network_free);
  }

  /* The same project with another input: merged, no stale positions. */
  {
    const char *paths[] = { p3, p2, NULL };

    all = ent_load_inputs (paths, NULL, &project, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (project);
    g_assert_null (project->layout);
    g_assert_cmpstr (project->engine, ==, "sfdp");
    g_assert_cmpuint (all->documents->len, ==, 2);
    g_clear_pointer (&project, ent_project_free);
    g_clear_pointer (&all, ent_network_free);
  }

  /* The same file twice: documents shared, evidence not doubled. */
  {
    const char *paths[] = { p1, p1, NULL };

    all = ent_load_inputs (paths, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (all->documents->len, ==, 1);
    g_assert_cmpuint (all->actors->len, ==, n1->actors->len);
    g_assert_cmpuint (all->relations->len, ==, n1->relations->len);
    for (guint i = 0; i < all->relations->len; i++)
      g_assert_cmpuint (ent_relation_weight (relation (all, i)), ==,
                        ent_relation_weight (relation (n1, i)));
    g_assert_cmpuint (actor (all, 1)->mentions->len, ==, 2);
    g_clear_pointer (&all, ent_network_free);
  }

  /* Errors name the file. */
  write_file (bad, "{\"format\": \"entente/1\",\n \"documents\": [}");
  {
    const char *paths[] = { p1, bad, NULL };

    all = ent_load_inputs (paths, NULL, NULL, NULL, &error);
    g_assert_null (all);
    g_assert_nonnull (error);
    g_assert_true (g_str_has_prefix (error->message, bad));
    g_assert_nonnull (strstr (error->message, "line 2"));
    g_clear_error (&error);
  }
  {
    const char *paths[] = { p1, missing, NULL };

    all = ent_load_inputs (paths, NULL, NULL, NULL, &error);
    g_assert_null (all);
    g_assert_nonnull (error);
    g_assert_true (g_str_has_prefix (error->message, missing));
    g_clear_error (&error);
  }
  {
    const char *paths[] = { NULL };

    all = ent_load_inputs (paths, NULL, NULL, NULL, &error);
    g_assert_null (all);
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
  {
    g_autoptr(GCancellable) cancel = g_cancellable_new ();
    const char *paths[] = { p1, p2, NULL };

    g_cancellable_cancel (cancel);
    all = ent_load_inputs (paths, NULL, NULL, cancel, &error);
    g_assert_null (all);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }

  remove_dir (dir);
}

/* Articles and networks together: the article is extracted, its actors
 * meet the network's by name, documents are numbered in one sequence.
 * File names lie about their content on purpose. */
static void
test_load_mixed (void)
{
  static const char text[] =
    "CAIRO, May 4 (Wire) - Egypt and Sudan signed a defence pact on Monday, officials said.\n";
  static const char net_json[] =
    "{\"format\": \"entente/1\",\n"
    " \"documents\": [{\"id\": \"d1\", \"path\": \"wire/dam.txt\", \"title\": \"Dam\"}],\n"
    " \"actors\": [{\"id\": \"a1\", \"name\": \"Egypt\", \"type\": \"state\"},\n"
    "              {\"id\": \"a2\", \"name\": \"Ethiopia\", \"type\": \"state\"}],\n"
    " \"relations\": [{\"id\": \"r1\", \"source\": \"a1\", \"target\": \"a2\",\n"
    "   \"polarity\": \"hostile\", \"kind\": \"accusation\", \"directed\": true,\n"
    "   \"evidence\": [{\"doc\": \"d1\", \"sentence\": 0,\n"
    "     \"text\": \"Egypt accused Ethiopia of filling the dam unilaterally.\"}]}]}\n";
  g_autofree char *dir = tmp_dir ();
  g_autofree char *article_path = g_build_filename (dir, "report.json", NULL);
  g_autofree char *net_path = g_build_filename (dir, "network.txt", NULL);
  g_autoptr(EntGazetteer) gaz = NULL;
  g_autoptr(EntNetwork) all = NULL;
  g_autoptr(GError) error = NULL;
  const char *paths[] = { article_path, net_path, NULL };
  const EntDocument *d0, *d1;
  guint n_egypt = 0, n_article_relations = 0, n_dam_relations = 0;

  write_file (article_path, text);
  write_file (net_path, net_json);

  gaz = ent_gazetteer_new_default (&error);
  g_assert_no_error (error);
  all = ent_load_inputs (paths, gaz, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (all);

  g_assert_cmpuint (all->documents->len, ==, 2);
  d0 = g_ptr_array_index (all->documents, 0);
  d1 = g_ptr_array_index (all->documents, 1);
  g_assert_cmpstr (d0->path, ==, article_path);
  g_assert_cmpstr (d0->text, ==, text);
  g_assert_cmpstr (d1->path, ==, "wire/dam.txt");
  g_assert_cmpstr (d1->id, ==, "d2");

  for (guint i = 0; i < all->actors->len; i++)
    {
      const EntActor *a = actor (all, i);
      if (a->type == ENT_ACTOR_STATE && (g_str_equal (a->name, "Egypt") || has_alias (a, "Egypt")))
        n_egypt++;
    }
  g_assert_cmpuint (n_egypt, ==, 1);

  for (guint i = 0; i < all->relations->len; i++)
    {
      const EntRelation *r = relation (all, i);
      for (guint k = 0; k < r->evidence->len; k++)
        {
          const EntEvidence *ev = g_ptr_array_index (r->evidence, k);
          if (ev->doc == 0)
            n_article_relations++;
          else if (ev->doc == 1 && r->polarity == ENT_POLARITY_HOSTILE)
            n_dam_relations++;
        }
    }
  /* The pact was extracted from the article; the dam row kept its document. */
  g_assert_cmpuint (n_article_relations, >=, 1);
  g_assert_cmpuint (n_dam_relations, ==, 1);

  /* An article without a gazetteer is a clear error. */
  g_clear_pointer (&all, ent_network_free);
  all = ent_load_inputs (paths, NULL, NULL, NULL, &error);
  g_assert_null (all);
  g_assert_nonnull (error);
  g_clear_error (&error);

  remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/round-trip", test_round_trip);
  g_test_add_func ("/project/no-layout", test_no_layout);
  g_test_add_func ("/project/atomic-readonly-dir", test_atomic_readonly_dir);
  g_test_add_func ("/project/atomic-full-disk", test_atomic_full_disk);
  g_test_add_func ("/project/load-errors", test_load_errors);
  g_test_add_func ("/project/edit/rename", test_rename);
  g_test_add_func ("/project/edit/merge", test_merge);
  g_test_add_func ("/project/edit/merge-into-later", test_merge_into_later);
  g_test_add_func ("/project/edit/remove", test_remove);
  g_test_add_func ("/project/edit/project", test_project_edits);
  g_test_add_func ("/project/inputs/sniff", test_sniff);
  g_test_add_func ("/project/inputs/load", test_load_inputs);
  g_test_add_func ("/project/inputs/mixed", test_load_mixed);

  return g_test_run ();
}
