/* cli.c: `entente extract` and what the commands share. */
#define G_LOG_DOMAIN "entente-cli"
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib.h>

#include "cli.h"
#include "ent-extract.h"
#include "ent-json.h"
#include "ent-text.h"

void
ent_cli_print_usage (FILE *fp)
{
  fputs ("Usage:\n"
         "  entente [FILE...]                       open the alliance map window\n"
         "  entente extract FILE... [-o OUT.json]   write actors and relations as entente/1 JSON\n"
         "  entente render FILE... -o OUT.EXT       draw or export the map (png svg pdf dot gv\n"
         "                                          graphml gexf json csv)\n"
         "\n"
         "Run `entente extract --help` or `entente render --help` for their options.\n", fp);
}

void
ent_cli_error (const char *file, const char *reason)
{
  if (file)
    fprintf (stderr, "entente: %s: %s\n", file, reason);
  else
    fprintf (stderr, "entente: %s\n", reason);
}

/* The network of a finished extraction, kept until the process exits
 * (volatile: a static only ever written could be optimised away). */
static EntNetwork *volatile extract_result;
/* and the gazetteer it was made with (freeing its tables and the data
 * files' trees took as long as loading the libraries) */
static EntGazetteer *volatile extract_gazetteer;

int
ent_cli_extract (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_auto(GStrv) gazetteers = NULL;
  g_auto(GStrv) files = NULL;
  gboolean with_text = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the JSON to OUT (default: standard output)", "OUT.json" },
    { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME_ARRAY, &gazetteers, "Add or override gazetteer entries from a JSON file (repeatable)", "FILE.json" },
    { "with-text", 0, 0, G_OPTION_ARG_NONE, &with_text, "Include each document's full text", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE..." },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("- find actors and relations in articles");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntGazetteer) gaz = NULL;
  g_autoptr(EntNetwork) net = NULL;

  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_summary (ctx, "Writes the entente/1 JSON format: documents with sentence offsets,\n"
                                     "actors with aliases and mentions, relations with evidence sentences.");
  g_set_prgname ("entente extract");
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);
      fprintf (stderr, "entente extract: %s\n\n%s", error->message, help);
      return 2;
    }
  if (files == NULL || files[0] == NULL)
    {
      g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);
      fprintf (stderr, "entente extract: no input file\n\n%s", help);
      return 2;
    }

  gaz = ent_gazetteer_new_default (&error);
  if (gaz == NULL)
    {
      ent_cli_error (NULL, error->message);
      return 1;
    }
  for (guint i = 0; gazetteers && gazetteers[i]; i++)
    if (!ent_gazetteer_merge_file (gaz, gazetteers[i], &error))
      {
        ent_cli_error (gazetteers[i], error->message);
        return 1;
      }

  net = ent_network_new ();
  for (guint i = 0; files[i]; i++)
    if (ent_network_load_document (net, files[i], &error) == NULL)
      {
        ent_cli_error (files[i], error->message);
        return 1;
      }

  /* the relations go straight from the extractor to the file, never
   * made EntRelations (a quarter of the time after the extraction) */
  if (!ent_extract_to_json (net, gaz, output ? output : "/dev/stdout", with_text, &error))
    {
      if (error->domain == G_FILE_ERROR)
        ent_cli_error (output ? output : "standard output", error->message);
      else
        ent_cli_error (NULL, error->message);
      return 1;
    }
  /* The process ends now: freeing a corpus's network block by block
   * (every actor and mention) would take as long as writing it.  Held by
   * a static, it stays reachable, not leaked, for valgrind and
   * LeakSanitizer.  (Its relations went straight to the file: it has
   * none, and no evidence text.) */
  extract_result = g_steal_pointer (&net);
  extract_gazetteer = g_steal_pointer (&gaz);
  return 0;
}
