/* bench-extract-gazetteer: time to load and compile the built-in gazetteer
 * (ent_gazetteer_new_default), the fixed start-up cost of every extraction.
 *
 * Usage: bench-extract-gazetteer [ROUNDS]   (default 20)
 * Prints the fastest, median and slowest round in milliseconds of CPU time
 * (the machine may be shared; wall time is printed too); the target is well
 * under 50 ms. */
#define G_LOG_DOMAIN "bench-extract-gazetteer"

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "ent-extract.h"

static double
cpu_ms (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

int
main (int argc, char **argv)
{
  int rounds = argc > 1 ? atoi (argv[1]) : 20;
  g_autofree double *ms = NULL;
  g_autofree double *wall = NULL;

  if (rounds < 1)
    {
      g_printerr ("usage: bench-extract-gazetteer [ROUNDS]\n");
      return 1;
    }
  ms = g_new (double, rounds);
  wall = g_new (double, rounds);
  for (int i = 0; i < rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double c0 = cpu_ms ();
      EntGazetteer *gaz = ent_gazetteer_new_default (&error);
      ms[i] = cpu_ms () - c0;
      wall[i] = (g_get_monotonic_time () - t0) / 1000.0;
      if (gaz == NULL)
        {
          g_printerr ("bench-extract-gazetteer: %s\n", error->message);
          return 1;
        }
      ent_gazetteer_free (gaz);
    }
  qsort (ms, rounds, sizeof (double), cmp_double);
  qsort (wall, rounds, sizeof (double), cmp_double);
  g_print ("gazetteer load: CPU %.1f ms fastest, %.1f ms median, %.1f ms slowest; "
           "wall %.1f ms median (%d rounds; target < 50 ms)\n",
           ms[0], ms[rounds / 2], ms[rounds - 1], wall[rounds / 2], rounds);
  return 0;
}
