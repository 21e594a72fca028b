/* cli.h: the command-line side of the one entente binary. */
#pragma once

#include <glib.h>

int  ent_cli_extract (int argc, char **argv);
/* "entente: FILE: reason" on stderr. */
void ent_cli_error (const char *file, const char *reason);
void ent_cli_print_usage (FILE *fp);
