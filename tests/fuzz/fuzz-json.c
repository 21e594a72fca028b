/* fuzz-json.c: the entente/1 reader and the .entente project loader. */
#include "config.h"

#include <stdint.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ent-json.h"
#include "ent-project.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char *tmp_path;

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(EntNetwork) net = NULL;
  g_autoptr(EntProject) project = NULL;

  net = ent_network_load_json_data ((const char *) data, size, "fuzz", &error);
  g_assert ((net == NULL) == (error != NULL));
  if (net)
    {
      /* Whatever loads must write back out and load again. */
      g_autoptr(json_t) root = ent_network_to_json (net, FALSE);
      g_autoptr(EntNetwork) again = NULL;
      g_autoptr(GError) e2 = NULL;
      g_assert (root != NULL);
      again = ent_network_from_json (root, &e2);
      g_assert (again != NULL);
      g_assert (again->actors->len == net->actors->len);
      g_assert (again->relations->len == net->relations->len);
    }

  if (tmp_path == NULL)
    tmp_path = g_strdup_printf ("%s/entente-fuzz-json-%d.entente", g_get_tmp_dir (), (int) getpid ());
  if (g_file_set_contents (tmp_path, (const char *) data, (gssize) size, NULL))
    {
      g_autoptr(GError) e3 = NULL;
      project = ent_project_load (tmp_path, &e3);
      g_assert ((project == NULL) == (e3 != NULL));
    }
  return 0;
}
