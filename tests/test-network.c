/* test-network.c: the model and the entente/1 JSON format. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ent-json.h"
#include "ent-network.h"

static EntNetwork *
make_network (void)
{
  EntNetwork *net = ent_network_new ();
  const char *text = "Ankara backs Tripoli. \"We will \\ fight\", said the \"Colonel\".";
  EntDocument *d = ent_network_add_document (net, "/tmp/a.txt", "A <title> & more",
                                             g_strdup (text), strlen (text));
  EntSpan s1 = { 0, 21 }, s2 = { 22, strlen (text) };
  EntActor *a, *b, *c;
  EntRelation *r;

  g_array_append_val (d->sentences, s1);
  g_array_append_val (d->sentences, s2);
  a = ent_network_add_actor (net, "Turkey", ENT_ACTOR_STATE);
  ent_actor_add_alias (a, "Ankara");
  ent_actor_add_alias (a, "Ankara");     /* duplicate: ignored */
  ent_actor_add_alias (a, "Turkey");     /* the name itself: ignored */
  ent_actor_add_mention (a, 0, 0, 6);
  b = ent_network_add_actor (net, "Government of \"National\" Accord\n{x}", ENT_ACTOR_GROUP);
  ent_actor_add_mention (b, 0, 13, 20);
  c = ent_network_add_actor (net, "Fayez al-Sarraj", ENT_ACTOR_LEADER);
  c->affiliation = 1;
  c->confidence = 0.75;
  r = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "support", TRUE);
  ent_relation_add_evidence (r, 0, 0, 0, 21, "Ankara backs Tripoli.", "backs", NULL);
  r = ent_network_add_relation (net, 1, 2, ENT_POLARITY_HOSTILE, "conflict", FALSE);
  ent_relation_add_evidence (r, 0, 1, s2.start, s2.end, text + s2.start, "fight", "the Colonel");
  return net;
}

static void
assert_same_network (const EntNetwork *a, const EntNetwork *b)
{
  g_assert_cmpuint (a->documents->len, ==, b->documents->len);
  g_assert_cmpuint (a->actors->len, ==, b->actors->len);
  g_assert_cmpuint (a->relations->len, ==, b->relations->len);
  for (guint i = 0; i < a->actors->len; i++)
    {
      const EntActor *x = g_ptr_array_index (a->actors, i), *y = g_ptr_array_index (b->actors, i);
      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpint (x->type, ==, y->type);
      g_assert_cmpint (x->affiliation, ==, y->affiliation);
      g_assert_cmpuint (x->aliases->len, ==, y->aliases->len);
      g_assert_cmpuint (x->mentions->len, ==, y->mentions->len);
      g_assert_cmpfloat_with_epsilon (x->confidence, y->confidence, 0.001);
    }
  for (guint i = 0; i < a->relations->len; i++)
    {
      const EntRelation *x = g_ptr_array_index (a->relations, i), *y = g_ptr_array_index (b->relations, i);
      g_assert_cmpuint (x->source, ==, y->source);
      g_assert_cmpuint (x->target, ==, y->target);
      g_assert_cmpint (x->polarity, ==, y->polarity);
      g_assert_cmpstr (x->kind, ==, y->kind);
      g_assert_cmpint (x->directed, ==, y->directed);
      g_assert_cmpuint (x->evidence->len, ==, y->evidence->len);
      for (guint j = 0; j < x->evidence->len; j++)
        {
          const EntEvidence *e = g_ptr_array_index (x->evidence, j), *f = g_ptr_array_index (y->evidence, j);
          g_assert_cmpstr (e->text, ==, f->text);
          g_assert_cmpstr (e->cue, ==, f->cue);
          g_assert_cmpstr (e->speaker, ==, f->speaker);
          g_assert_cmpuint (e->start, ==, f->start);
          g_assert_cmpuint (e->end, ==, f->end);
          g_assert_cmpuint (e->sentence, ==, f->sentence);
        }
    }
}

static void
test_model_basics (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  EntActor *a = g_ptr_array_index (net->actors, 0);
  EntActorType t;
  EntPolarity p;

  g_assert_cmpuint (a->aliases->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (a->aliases, 0), ==, "Ankara");
  g_assert_cmpint (ent_network_find_actor (net, "a3"), ==, 2);
  g_assert_cmpint (ent_network_find_actor (net, "a9"), ==, -1);
  g_assert_true (ent_actor_type_from_string ("leader", &t));
  g_assert_cmpint (t, ==, ENT_ACTOR_LEADER);
  g_assert_false (ent_actor_type_from_string ("country", &t));
  g_assert_true (ent_polarity_from_string ("hostile", &p));
  g_assert_cmpint (p, ==, ENT_POLARITY_HOSTILE);
  g_assert_false (ent_polarity_from_string ("friendly", &p));
  g_assert_cmpuint (ent_relation_weight (g_ptr_array_index (net->relations, 0)), ==, 1);
}

static void
test_shared_strings (void)
{
  /* the evidence of one sentence shares its text, cues and kinds are
   * interned, a copy shares the text too; freeing either network leaves
   * the other whole */
  g_autoptr(EntNetwork) net = ent_network_new ();
  g_autoptr(EntNetwork) copy = NULL;
  g_autoptr(GRefString) text = g_ref_string_new ("Qandar backed Velmora and Tessaly.");
  g_autofree char *kind = g_strdup ("support");
  g_autofree char *cue = g_strdup ("backed");
  EntRelation *r1, *r2;
  EntEvidence *e1, *e2;

  ent_network_add_actor (net, "Qandar", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Velmora", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Tessaly", ENT_ACTOR_STATE);
  r1 = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, kind, TRUE);
  r2 = ent_network_add_relation (net, 0, 2, ENT_POLARITY_ALLY, "support", TRUE);
  e1 = ent_relation_add_evidence_ref (r1, 0, 0, 0, 34, text, "backed", NULL);
  e2 = ent_relation_add_evidence_ref (r2, 0, 0, 0, 34, text, cue, NULL);
  g_assert_true (e1->text == e2->text);
  g_assert_cmpstr (e1->text, ==, "Qandar backed Velmora and Tessaly.");
  g_assert_true (e1->cue == e2->cue);
  g_assert_true (r1->kind == r2->kind);
  g_assert_true (r1->kind != kind);
  copy = ent_network_copy (net);
  g_clear_pointer (&net, ent_network_free);
  g_assert_cmpstr (((EntEvidence *) g_ptr_array_index (((EntRelation *) g_ptr_array_index (copy->relations, 1))->evidence, 0))->text,
                   ==, "Qandar backed Velmora and Tessaly.");
}

static void
test_copy (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autoptr(EntNetwork) copy = ent_network_copy (net);

  assert_same_network (net, copy);
  /* Deep: changing the copy leaves the original alone. */
  ent_actor_add_alias (g_ptr_array_index (copy->actors, 0), "the Turks");
  g_assert_cmpuint (((EntActor *) g_ptr_array_index (net->actors, 0))->aliases->len, ==, 1);
}

static void
test_json_roundtrip (void)
{
  g_autoptr(EntNetwork) net = make_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autoptr(EntNetwork) back = NULL;
  g_autoptr(json_t) root = NULL;
  json_t *doc;

  g_assert_true (ent_network_save_json (net, path, FALSE, &error));
  g_assert_no_error (error);
  back = ent_network_load_json (path, &error);
  g_assert_no_error (error);
  assert_same_network (net, back);

  root = ent_network_to_json (net, TRUE);
  g_assert_nonnull (root);
  g_assert_cmpstr (json_string_value (json_object_get (root, "format")), ==, "entente/1");
  doc = json_array_get (json_object_get (root, "documents"), 0);
  g_assert_cmpstr (json_string_value (json_object_get (doc, "text")), ==,
                   ((EntDocument *) g_ptr_array_index (net->documents, 0))->text);
  g_assert_cmpstr (json_string_value (json_object_get (json_array_get (json_object_get (root, "actors"), 2),
                                                       "affiliation")), ==, "a2");
  g_unlink (path);
  g_rmdir (dir);
}

static void
expect_error (const char *json, const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntNetwork) net = ent_network_load_json_data (json, strlen (json), "test", &error);

  g_assert_null (net);
  g_assert_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA);
  if (strstr (error->message, fragment) == NULL)
    g_error ("expected \"%s\" in \"%s\"", fragment, error->message);
}

static void
test_json_errors (void)
{
  expect_error ("{\"format\": \"entente/1\",\n \"documents\": [", "line 2");
  expect_error ("[1, 2]", "not a JSON object");
  expect_error ("{\"format\": \"other\"}", "format");
  expect_error ("{\"format\": \"entente/1\", \"documents\": [], \"actors\": [], \"relations\": 3}",
                "relations");
  expect_error ("{\"format\": \"entente/1\", \"documents\": [], \"relations\": [],"
                " \"actors\": [{\"id\": \"a1\", \"name\": \"X\", \"type\": \"planet\"}]}",
                "actors[0]: unknown type");
  expect_error ("{\"format\": \"entente/1\", \"documents\": [], \"actors\": [{\"id\": \"a1\", \"name\": \"X\", \"type\": \"state\"}],"
                " \"relations\": [{\"id\": \"r1\", \"source\": \"a1\", \"target\": \"a7\", \"polarity\": \"ally\"}]}",
                "relations[0]: target \"a7\"");
  expect_error ("{\"format\": \"entente/1\", \"documents\": [], \"relations\": [],"
                " \"actors\": [{\"id\": \"a1\", \"name\": \"X\", \"type\": \"state\"},"
                " {\"id\": \"a1\", \"name\": \"Y\", \"type\": \"state\"}]}",
                "duplicate id");
  expect_error ("{\"format\": \"entente/1\", \"documents\": [{\"id\": \"d1\", \"text\": \"abc\","
                " \"sentences\": [{\"start\": 0, \"end\": 9}]}], \"actors\": [], \"relations\": []}",
                "past the end");
  expect_error ("{\"format\": \"entente/1\", \"format\": \"entente/1\"}", "duplicate");
  /* without the text offsets cannot be checked against it, but never past
   * the largest document there can be (mentions hold 32-bit offsets) */
  expect_error ("{\"format\": \"entente/1\", \"documents\": [{\"id\": \"d1\", \"path\": \"a.txt\","
                " \"sentences\": []}], \"relations\": [], \"actors\": [{\"id\": \"a1\", \"name\": \"X\","
                " \"type\": \"state\", \"mentions\": [{\"doc\": \"d1\", \"start\": 4294967300,"
                " \"end\": 4294967310}]}]}",
                "past the largest document");
}

static void
test_atomic_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "f.txt", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "f.txt", NULL);
  g_autofree char *data = NULL;

  g_assert_true (ent_file_write_atomic (path, "first", 5, &error));
  g_assert_true (ent_file_write_atomic (path, "second", 6, &error));
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, "second");
  g_assert_false (ent_file_write_atomic (bad, "x", 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A symbolic link stays a link: the file it points to is replaced. */
  {
    g_autofree char *link = g_build_filename (dir, "link.txt", NULL);
    g_autofree char *via = NULL;
    g_assert_cmpint (symlink (path, link), ==, 0);
    g_assert_true (ent_file_write_atomic (link, "third", 5, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (path, &via, NULL, NULL));
    g_assert_cmpstr (via, ==, "third");
    g_unlink (link);
  }
  /* Devices are written through, never replaced. */
  g_assert_true (ent_file_write_atomic ("/dev/null", "x", 1, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test ("/dev/null", G_FILE_TEST_IS_REGULAR));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/network/basics", test_model_basics);
  g_test_add_func ("/network/copy", test_copy);
  g_test_add_func ("/network/shared-strings", test_shared_strings);
  g_test_add_func ("/json/roundtrip", test_json_roundtrip);
  g_test_add_func ("/json/errors", test_json_errors);
  g_test_add_func ("/json/atomic-write", test_atomic_write);
  return g_test_run ();
}
