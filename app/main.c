/* main.c: one binary.  `entente extract` and `entente render` work without a
 * display; anything else opens the window. */
#define G_LOG_DOMAIN "entente"
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib.h>

#include "cli.h"
#include "cli-render.h"
#include "ent-application.h"

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");

  if (argc >= 2 && strcmp (argv[1], "extract") == 0)
    return ent_cli_extract (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "render") == 0)
    return ent_cli_render (argc - 1, argv + 1);
  if (argc >= 2 && (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
                    strcmp (argv[1], "help") == 0))
    {
      ent_cli_print_usage (stdout);
      return 0;
    }
  if (argc >= 2 && strcmp (argv[1], "--version") == 0)
    {
      printf ("entente %s\n", PACKAGE_VERSION);
      return 0;
    }

  return ent_application_run (argc, argv);
}
