/* ent-render.h: drawing the network with cairo.  The window and every
 * image export call these functions, so the screen and the file agree. */
#pragma once

#include <cairo.h>
#include "ent-network.h"
#include "ent-layout.h"

G_BEGIN_DECLS

typedef struct { double r, g, b, a; } EntRGBA;

typedef struct {
  gboolean dark;              /* dark theme palette */
  gboolean transparent;       /* no background fill */
  EntRGBA  background;        /* from the theme */
  EntRGBA  foreground;        /* label text, from the theme */
} EntPalette;

void ent_palette_init (EntPalette *p, gboolean dark);
/* Colour-blind-safe colours (Okabe-Ito) for types and polarities. */
EntRGBA ent_palette_actor (const EntPalette *p, EntActorType type);
EntRGBA ent_palette_polarity (const EntPalette *p, EntPolarity pol);

typedef struct {
  EntPalette      palette;
  const gboolean *actor_visible;     /* NULL: all */
  const gboolean *relation_visible;  /* NULL: all */
  double          scale;             /* layout points -> device units (zoom * scale factor) */
  double          tx, ty;            /* device = layout * scale + t */
  double          device_scale;      /* HiDPI factor (1 or 2): line widths, hit radius */
  int             hover_actor;       /* -1: none; hover/selection emphasise neighbours, dim the rest */
  int             hover_relation;
  int             selected_actor;
  int             selected_relation;
  const gboolean *search_hits;       /* actors->len, NULL: none */
  gboolean        draw_legend;
  const char     *title;             /* drawn at the top when non-NULL */
  gboolean        veil_cached;       /* the caller already painted a veiled copy of the
                                      * picture (ent_render_graph + ent_render_veil):
                                      * ent_render_overlay draws the emphasis only */
} EntRenderOptions;

void ent_render_options_init (EntRenderOptions *o, gboolean dark);

/* The cached picture: background, edges, nodes and labels. */
void ent_render_graph (cairo_t *cr, const EntNetwork *net, const EntLayout *layout,
                       const EntRenderOptions *o, double width, double height);
/* Drawn on top every frame: hover and selection emphasis. */
void ent_render_overlay (cairo_t *cr, const EntNetwork *net, const EntLayout *layout,
                         const EntRenderOptions *o, double width, double height);
/* The part of width x height (device units, whole ones) that
 * ent_render_overlay () can paint with these options; FALSE when it paints
 * nothing.  A view sizes its overlay node to it: GTK replays a cairo node
 * through an intermediate image as big as the node, every frame. */
gboolean ent_render_overlay_extents (const EntNetwork *net, const EntLayout *layout,
                                     const EntRenderOptions *o, double width, double height,
                                     double *x, double *y, double *w, double *h);
/* The colour ent_render_veil () fills with. */
EntRGBA ent_render_veil_colour (const EntRenderOptions *o);
/* The height of the band ent_render_graph () draws @title in, at the top
 * of a picture @width wide (0 without a title). */
double ent_render_title_height (const char *title, double width);
/* The legend's size in device units (ent_render_legend () draws it at the
 * bottom-left corner). */
void ent_render_legend_size (double *w, double *h);
/* The translucent background veil the overlay dims the map with.  A view
 * can keep a second cached picture, ent_render_graph () + ent_render_veil (),
 * paint it while something is hovered or selected and set veil_cached:
 * the overlay then skips its own full-size veil (a few ms per frame). */
void ent_render_veil (cairo_t *cr, const EntRenderOptions *o, double width, double height);
/* Legend in device coordinates at the bottom-left of width x height. */
void ent_render_legend (cairo_t *cr, const EntRenderOptions *o, double width, double height);

/* Scale and offset that fit @layout into width x height with @margin. */
void ent_render_fit (const EntLayout *layout, double width, double height, double margin,
                     double *scale, double *tx, double *ty);

/* Hit-testing in layout coordinates; @radius in layout units.  Nodes
 * before edges.  Returns an index or -1.  @skip lets repeated clicks cycle
 * through overlapping edges (the n-th hit). */
int  ent_render_hit_actor (const EntNetwork *net, const EntLayout *layout,
                           const gboolean *actor_visible, double x, double y, double radius);
int  ent_render_hit_relation (const EntNetwork *net, const EntLayout *layout,
                              const gboolean *relation_visible, double x, double y,
                              double radius, guint skip, guint *n_hits);
/* Distance from (x, y) to an edge's curve. */
double ent_render_edge_distance (const EntLayout *layout, guint relation, double x, double y);

G_END_DECLS
