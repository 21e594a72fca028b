/* bench-export.c: data exports, projects and input merging on a generated
 * large map.  Run by hand: build/tests/bench/bench-export [ACTORS [RELATIONS]]
 * Prints seconds per operation and file sizes. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "ent-export.h"
#include "ent-json.h"
#include "ent-project.h"

static EntNetwork *
generate (guint n_actors, guint n_relations, guint n_docs)
{
  EntNetwork *net = ent_network_new ();
  GRand *rand = g_rand_new_with_seed (42);

  for (guint d = 0; d < n_docs; d++)
    {
      GString *text = g_string_new (NULL);
      g_autofree char *path = g_strdup_printf ("corpus/article-%04u.txt", d);
      EntDocument *doc;
      gsize len;

      for (guint s = 0; s < 40; s++)
        g_string_append_printf (text, "Sentence %u of article %u says that side %u met side %u "
                                "and that \"talks\" would go on.\n", s, d, s * 7 % 97, s * 3 % 89);
      len = text->len;
      doc = ent_network_add_document (net, path, path, g_string_free (text, FALSE), len);
      for (guint s = 0; s < 40; s++)
        {
          EntSpan span = { (gsize) s * len / 40, (gsize) (s + 1) * len / 40 };
          g_array_append_val (doc->sentences, span);
        }
    }

  for (guint i = 0; i < n_actors; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u <%s>", i, i % 2 ? "group" : "state");
      EntActor *a = ent_network_add_actor (net, name, (EntActorType) (i % ENT_N_ACTOR_TYPES));

      ent_actor_add_alias (a, "alias & co");
      ent_actor_add_mention (a, i % n_docs, 0, 5);
      if (i > 0 && i % 5 == 0)
        a->affiliation = (int) (i - 1);
    }

  for (guint r = 0; r < n_relations; r++)
    {
      guint s = g_rand_int_range (rand, 0, n_actors);
      guint t = (s + 1 + g_rand_int_range (rand, 0, n_actors - 1)) % n_actors;
      EntRelation *rel = ent_network_add_relation (net, s, t, (EntPolarity) (r % ENT_N_POLARITIES),
                                                   "conflict", r % 4 == 0);
      guint n_ev = 1 + r % 3;

      for (guint k = 0; k < n_ev; k++)
        ent_relation_add_evidence (rel, (r + k) % n_docs, k, 0, 10,
                                   "Side A accused side B, \"again\", of shelling <the port> & more.",
                                   "accused", NULL);
    }

  g_rand_free (rand);
  return net;
}

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

int
main (int argc, char **argv)
{
  guint n_actors = argc > 1 ? (guint) atoi (argv[1]) : 3000;
  guint n_relations = argc > 2 ? (guint) atoi (argv[2]) : 8000;
  g_autoptr(EntNetwork) net = generate (MAX (n_actors, 2), n_relations, 200);
  g_autofree char *dir = g_dir_make_tmp ("entente-bench-XXXXXX", NULL);
  g_autofree char *proj = g_build_filename (dir, "big.entente", NULL);
  g_autofree char *proj2 = g_build_filename (dir, "big2.entente", NULL);
  g_autofree char *j1 = g_build_filename (dir, "one.json", NULL);
  g_autofree char *j2 = g_build_filename (dir, "two.json", NULL);
  static const struct { EntExportFormat f; const char *name; } formats[] = {
    { ENT_EXPORT_DOT, "dot" }, { ENT_EXPORT_GRAPHML, "graphml" }, { ENT_EXPORT_GEXF, "gexf" },
    { ENT_EXPORT_JSON, "json" }, { ENT_EXPORT_CSV, "csv" },
  };
  g_autoptr(GError) error = NULL;
  EntProject *p, *q;
  double t;

  printf ("map: %u actors, %u relations, %u documents\n",
          net->actors->len, net->relations->len, net->documents->len);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize len = 0;
      char *out;

      t = now ();
      out = ent_export_data_to_string (net, NULL, NULL, NULL, formats[i].f, &len, &error);
      g_assert_no_error (error);
      printf ("export %-8s %7.3f s  %8.1f KiB\n", formats[i].name, now () - t, len / 1024.0);
      g_free (out);
    }

  p = ent_project_new (ent_network_copy (net));
  t = now ();
  if (!ent_project_save (p, proj, &error))
    g_error ("%s", error->message);
  printf ("project save   %7.3f s\n", now () - t);
  t = now ();
  q = ent_project_load (proj, &error);
  g_assert_no_error (error);
  printf ("project load   %7.3f s\n", now () - t);
  t = now ();
  ent_project_save (q, proj2, &error);
  g_assert_no_error (error);
  printf ("project resave %7.3f s\n", now () - t);

  t = now ();
  for (guint i = 0; i < 20 && q->net->actors->len > 2; i++)
    ent_project_merge_actors (q, 0, 1, &error);
  g_assert_no_error (error);
  printf ("20 merges      %7.3f s\n", now () - t);

  ent_network_save_json (net, j1, FALSE, &error);
  ent_network_save_json (net, j2, FALSE, &error);
  g_assert_no_error (error);
  {
    const char *paths[] = { j1, j2, NULL };
    g_autoptr(EntNetwork) all = NULL;

    t = now ();
    all = ent_load_inputs (paths, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    printf ("load+merge 2   %7.3f s  (%u actors, %u relations)\n", now () - t,
            all->actors->len, all->relations->len);
  }

  ent_project_free (p);
  ent_project_free (q);
  g_unlink (proj);
  g_unlink (proj2);
  g_unlink (j1);
  g_unlink (j2);
  g_rmdir (dir);
  return 0;
}
