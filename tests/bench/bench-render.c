/* bench-render.c: how fast the map draws.
 *
 *   build/tests/bench/bench-render [--actors 3000] [--relations 8000] [--frames 40]
 *
 * Generates a network (fixed seed: hubs, all four types, all polarities,
 * evidence counts from 1 to ~30, a third directed), lays it out with the
 * engine `auto` picks (sfdp at this size) and draws it into a 1920x1080
 * cairo image surface at fit scale through the code the window uses:
 *
 *   full redraw:  ent_render_graph () + ent_render_overlay ()  (hover on a hub)
 *   cached frame: what the view does per frame while something is hovered:
 *                 paint its cached veiled picture (ent_render_graph () +
 *                 ent_render_veil (), rebuilt only when data, size or zoom
 *                 change) + the overlay with veil_cached (recorded and
 *                 replayed, as GTK does with a cairo node)
 *   zoomed:       a full redraw at 6x zoom, where labels are drawn
 *
 * Prints the figures; the last line is `frame_ms_median X.Y` (the cached
 * frame, the view's per-frame cost).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ent-layout.h"
#include "ent-render.h"

#define WIDTH  1920
#define HEIGHT 1080

static const char *const syllables[] = {
  "al", "ba", "dar", "ka", "mi", "no", "ra", "sha", "ti", "vo", "zan", "qu", "el", "or",
  "fa", "gu", "ha", "is", "jo", "lu", "ma", "ne", "pe", "ro", "su", "ta", "ur", "ye",
};

static char *
make_name (GRand *rand, EntActorType type)
{
  GString *s = g_string_new (NULL);
  guint words = type == ENT_ACTOR_GROUP ? 3 : type == ENT_ACTOR_STATE ? 1 : 2;

  for (guint w = 0; w < words; w++)
    {
      guint n = g_rand_int_range (rand, 2, 4);
      gsize start;

      if (w)
        g_string_append_c (s, ' ');
      start = s->len;
      for (guint k = 0; k < n; k++)
        g_string_append (s, syllables[g_rand_int_range (rand, 0, G_N_ELEMENTS (syllables))]);
      s->str[start] = g_ascii_toupper (s->str[start]);
    }
  return g_string_free (s, FALSE);
}

static EntNetwork *
generate (guint n_actors, guint n_relations, guint seed)
{
  EntNetwork *net = ent_network_new ();
  GRand *rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_actors; i++)
    {
      double r = g_rand_double (rand);
      EntActorType type = r < 0.3 ? ENT_ACTOR_STATE : r < 0.6 ? ENT_ACTOR_LEADER
                        : r < 0.8 ? ENT_ACTOR_PERSON : ENT_ACTOR_GROUP;
      g_autofree char *name = make_name (rand, type);

      ent_network_add_actor (net, name, type);
    }

  /* Preferential attachment: an endpoint is an earlier endpoint half the
   * time, so some actors become hubs as in real coverage. */
  for (guint i = 0; i < n_relations && n_actors > 1; i++)
    {
      guint s, t;
      double p = g_rand_double (rand);
      EntPolarity pol = p < 0.45 ? ENT_POLARITY_ALLY : p < 0.8 ? ENT_POLARITY_HOSTILE
                                                               : ENT_POLARITY_NEUTRAL;
      EntRelation *rel;
      guint n_ev;

      s = (ends->len && g_rand_boolean (rand))
          ? g_array_index (ends, guint, g_rand_int_range (rand, 0, ends->len))
          : (guint) g_rand_int_range (rand, 0, n_actors);
      do
        t = (ends->len && g_rand_boolean (rand))
            ? g_array_index (ends, guint, g_rand_int_range (rand, 0, ends->len))
            : (guint) g_rand_int_range (rand, 0, n_actors);
      while (t == s);
      g_array_append_val (ends, s);
      g_array_append_val (ends, t);

      rel = ent_network_add_relation (net, s, t, pol, "x", g_rand_double (rand) < 0.33);
      n_ev = 1;
      while (n_ev < 30 && g_rand_double (rand) < 0.55)
        n_ev++;
      for (guint k = 0; k < n_ev; k++)
        ent_relation_add_evidence (rel, 0, k, 0, 1, "A sentence of evidence.", NULL, NULL);
    }

  g_rand_free (rand);
  return net;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *v, guint n)
{
  qsort (v, n, sizeof (double), cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Wall time and this thread's CPU time, in ms: the machine may be shared,
 * CPU time shows the cost without the waiting. */
typedef struct { double wall, cpu; } Stamp;

static Stamp
stamp (void)
{
  struct timespec ts;
  Stamp s;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  s.cpu = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  s.wall = g_get_monotonic_time () / 1e3;
  return s;
}

typedef struct { double *wall, *cpu; int n; } Series;

static void
series_add (Series *series, Stamp start)
{
  Stamp end = stamp ();

  series->wall[series->n] = end.wall - start.wall;
  series->cpu[series->n] = end.cpu - start.cpu;
  series->n++;
}

static Series
series_new (int frames)
{
  Series s = { g_new (double, frames), g_new (double, frames), 0 };
  return s;
}

static void
series_print (const char *what, Series *s)
{
  printf ("%-44s median %7.1f ms wall, %7.1f ms cpu\n", what,
          median (s->wall, s->n), median (s->cpu, s->n));
}

static guint
hub_degree (const EntNetwork *net, guint actor)
{
  guint d = 0;

  for (guint r = 0; r < net->relations->len; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      d += (rel->source == actor) + (rel->target == actor);
    }
  return d;
}

static guint
hub (const EntNetwork *net)
{
  g_autofree guint *degree = g_new0 (guint, MAX (net->actors->len, 1));
  guint best = 0;

  for (guint r = 0; r < net->relations->len; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      degree[rel->source]++;
      degree[rel->target]++;
    }
  for (guint i = 0; i < net->actors->len; i++)
    if (degree[i] > degree[best])
      best = i;
  return best;
}

int
main (int argc, char **argv)
{
  int n_actors = 3000, n_relations = 8000, frames = 40;
  char *engine = NULL;
  GOptionEntry entries[] = {
    { "actors", 0, 0, G_OPTION_ARG_INT, &n_actors, "Number of actors (3000)", "N" },
    { "relations", 0, 0, G_OPTION_ARG_INT, &n_relations, "Number of relations (8000)", "M" },
    { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Frames per measurement (40)", "K" },
    { "engine", 0, 0, G_OPTION_ARG_STRING, &engine, "Layout engine (auto)", "ENGINE" },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("- rendering benchmark");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntNetwork) net = NULL;
  g_autoptr(EntLayout) layout = NULL;
  Series full, cached, cached_hub, cached_other, cached_plain, paint_only, zoomed, picture;
  Stamp t;
  cairo_surface_t *target, *cache;
  cairo_t *cr;
  EntRenderOptions o;
  gint64 t0;
  guint the_hub;

  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-render: %s\n", error->message);
      return 2;
    }
  if (n_actors < 2 || n_relations < 0 || frames < 1)
    {
      fprintf (stderr, "bench-render: --actors must be at least 2, --frames at least 1\n");
      return 2;
    }

  t0 = g_get_monotonic_time ();
  net = generate (n_actors, n_relations, 20260411);
  printf ("actors %u relations %u (generated in %.1f ms)\n", net->actors->len,
          net->relations->len, (g_get_monotonic_time () - t0) / 1000.0);

  t = stamp ();
  layout = ent_layout_compute (net, NULL, NULL, engine ? engine : "auto", NULL, &error);
  if (layout == NULL)
    {
      fprintf (stderr, "bench-render: layout: %s\n", error->message);
      return 1;
    }
  {
    Stamp end = stamp ();
    printf ("layout %s: %.0f ms wall, %.0f ms cpu, %.0f x %.0f points\n", layout->engine,
            end.wall - t.wall, end.cpu - t.cpu, layout->width, layout->height);
  }

  the_hub = hub (net);
  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cache = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  ent_render_options_init (&o, FALSE);
  ent_render_fit (layout, WIDTH, HEIGHT, 20, &o.scale, &o.tx, &o.ty);
  printf ("fit scale %.3f (label font %.1f px: %s); busiest hub: %u relations\n", o.scale,
          10 * o.scale, 10 * o.scale < 4 ? "labels skipped" : "labels drawn", hub_degree (net, the_hub));

  full = series_new (frames);
  cached = series_new (2 * frames);
  cached_hub = series_new (frames);
  cached_other = series_new (frames);
  cached_plain = series_new (2 * frames);
  paint_only = series_new (frames);
  zoomed = series_new (frames);
  picture = series_new (frames);

  /* Full redraw: the picture and the overlay, every frame. */
  cr = cairo_create (target);
  for (int f = 0; f < frames; f++)
    {
      t = stamp ();
      o.hover_actor = (int) the_hub;
      ent_render_graph (cr, net, layout, &o, WIDTH, HEIGHT);
      ent_render_overlay (cr, net, layout, &o, WIDTH, HEIGHT);
      cairo_surface_flush (target);
      series_add (&full, t);
    }
  cairo_destroy (cr);

  /* The picture alone (what the view rebuilds on data/size/zoom changes). */
  cr = cairo_create (cache);
  for (int f = 0; f < frames; f++)
    {
      t = stamp ();
      o.hover_actor = -1;
      ent_render_graph (cr, net, layout, &o, WIDTH, HEIGHT);
      cairo_surface_flush (cache);
      series_add (&picture, t);
    }
  cairo_destroy (cr);

  /* Cached frame, as the view draws it (ent-graph-view.c): while something
   * is hovered or selected it paints its second cached picture, the plain
   * one with ent_render_veil () on it, then records the overlay with
   * veil_cached (GTK's cairo node) and replays it onto the frame.  Odd
   * frames hover the busiest hub (its hundreds of relations redrawn over
   * the veil: the worst case), even frames other actors. */
  {
    cairo_surface_t *veiled = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
    cairo_surface_t *legend;
    double ex, ey, ew, eh, lw, lh;

    cr = cairo_create (veiled);
    cairo_set_source_surface (cr, cache, 0, 0);
    cairo_paint (cr);
    ent_render_veil (cr, &o, WIDTH, HEIGHT);
    cairo_destroy (cr);
    ent_render_legend_size (&lw, &lh);
    legend = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (lw + 16),
                                         (int) ceil (lh + 16));
    cr = cairo_create (legend);
    ent_render_legend (cr, &o, lw + 16, lh + 16);
    cairo_destroy (cr);

    cr = cairo_create (target);
    for (int f = 0; f < 2 * frames; f++)
      {
        gboolean on_hub = f % 2;
        cairo_surface_t *rec;
        cairo_t *rcr;

        t = stamp ();
        cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
        cairo_set_source_surface (cr, veiled, 0, 0);
        cairo_paint (cr);
        cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
        o.veil_cached = TRUE;
        o.draw_legend = FALSE;
        o.hover_actor = on_hub ? (int) the_hub : (int) ((f * 37) % net->actors->len);
        /* The overlay's node is as big as what it paints. */
        if (ent_render_overlay_extents (net, layout, &o, WIDTH, HEIGHT, &ex, &ey, &ew, &eh))
          {
            rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                  &(cairo_rectangle_t) { ex, ey, ew, eh });
            rcr = cairo_create (rec);
            ent_render_overlay (rcr, net, layout, &o, WIDTH, HEIGHT);
            cairo_destroy (rcr);
            cairo_set_source_surface (cr, rec, 0, 0);
            cairo_paint (cr);
            cairo_surface_destroy (rec);
          }
        /* The legend: an image drawn once, in its own node. */
        rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                              &(cairo_rectangle_t) { 0, HEIGHT - lh - 16,
                                                                     lw + 16, lh + 16 });
        rcr = cairo_create (rec);
        cairo_set_source_surface (rcr, legend, 0, HEIGHT - lh - 16);
        cairo_paint (rcr);
        cairo_destroy (rcr);
        cairo_set_source_surface (cr, rec, 0, 0);
        cairo_paint (cr);
        cairo_surface_destroy (rec);
        cairo_surface_flush (target);
        series_add (&cached, t);
        series_add (on_hub ? &cached_hub : &cached_other, t);
      }
    o.veil_cached = FALSE;
    o.draw_legend = TRUE;
    cairo_destroy (cr);

    /* The picture paint alone: the floor of any frame. */
    cr = cairo_create (target);
    for (int f = 0; f < frames; f++)
      {
        t = stamp ();
        cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
        cairo_set_source_surface (cr, veiled, 0, 0);
        cairo_paint (cr);
        cairo_surface_flush (target);
        series_add (&paint_only, t);
      }
    cairo_destroy (cr);
    cairo_surface_destroy (veiled);
    cairo_surface_destroy (legend);
  }

  /* For comparison: one cached picture only, the overlay veils it each frame. */
  cr = cairo_create (target);
  for (int f = 0; f < 2 * frames; f++)
    {
      cairo_surface_t *rec;
      cairo_t *rcr;

      t = stamp ();
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (cr, cache, 0, 0);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      o.hover_actor = f % 2 ? (int) the_hub : (int) ((f * 37) % net->actors->len);
      rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      rcr = cairo_create (rec);
      ent_render_overlay (rcr, net, layout, &o, WIDTH, HEIGHT);
      cairo_destroy (rcr);
      cairo_set_source_surface (cr, rec, 0, 0);
      cairo_paint (cr);
      cairo_surface_destroy (rec);
      cairo_surface_flush (target);
      series_add (&cached_plain, t);
    }
  cairo_destroy (cr);

  /* Zoomed 6x on the hub: labels drawn, most of the map culled. */
  {
    double s = o.scale * 6;
    EntRenderOptions z = o;

    z.scale = s;
    z.tx = WIDTH / 2.0 - layout->nodes[the_hub].x * s;
    z.ty = HEIGHT / 2.0 - layout->nodes[the_hub].y * s;
    z.hover_actor = (int) the_hub;
    cr = cairo_create (target);
    for (int f = 0; f < frames; f++)
      {
        t = stamp ();
        ent_render_graph (cr, net, layout, &z, WIDTH, HEIGHT);
        ent_render_overlay (cr, net, layout, &z, WIDTH, HEIGHT);
        cairo_surface_flush (target);
        series_add (&zoomed, t);
      }
    cairo_destroy (cr);
  }

  if (g_getenv ("BENCH_RENDER_PNG"))
    cairo_surface_write_to_png (target, g_getenv ("BENCH_RENDER_PNG"));

  series_print ("full redraw (graph + overlay on the hub)", &full);
  series_print ("picture only (ent_render_graph)", &picture);
  series_print ("zoomed 6x full redraw, labels drawn", &zoomed);
  series_print ("paint the cached picture alone", &paint_only);
  series_print ("one picture, overlay veils it (old frame)", &cached_plain);
  series_print ("cached frame, hover on other actors", &cached_other);
  series_print ("cached frame, hover on the busiest hub", &cached_hub);
  series_print ("cached frame (veiled picture + overlay), all", &cached);
  printf ("full_redraw_ms_median %.1f\n", median (full.wall, full.n));
  printf ("frame_ms_median %.1f\n", median (cached.wall, cached.n));

  cairo_surface_destroy (target);
  cairo_surface_destroy (cache);
  g_free (engine);
  {
    Series *all[] = { &full, &cached, &cached_hub, &cached_other, &cached_plain, &paint_only,
                        &zoomed, &picture };

    for (guint i = 0; i < G_N_ELEMENTS (all); i++)
      {
        g_free (all[i]->wall);
        g_free (all[i]->cpu);
      }
  }
  return 0;
}
