/* ent-render-private.h: geometry shared by the layout, the renderer and the
 * image exporter (not for the window). */
#pragma once

#include <pango/pangocairo.h>

#include "ent-render.h"

G_BEGIN_DECLS

/* Pango 1.50 has no autoptr for PangoContext. */
typedef PangoContext EntPangoContext;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntPangoContext, g_object_unref)

#define ENT_LABEL_FONT_FAMILY "Sans"
#define ENT_LABEL_FONT_SIZE   10.0    /* layout points */
#define ENT_LABEL_MAX_WIDTH   140.0   /* longer names wrap */
#define ENT_TITLE_FONT_SIZE   15.0    /* device units */
#define ENT_LEGEND_FONT_SIZE  10.0

/* The marker drawn for an actor of @type, in layout points. */
void          _ent_render_marker_size (EntActorType type, double *w, double *h);
/* Distance from the centre of a @type marker (w x h) to its outline in
 * direction (dx, dy). */
double        _ent_render_marker_radius (EntActorType type, double w, double h,
                                         double dx, double dy);

/* A Pango context for layout units: 72 dpi (1 pt = 1 unit) and unhinted
 * metrics, so a label measures the same at every zoom. */
PangoContext *_ent_render_measure_context_new (void);
void          _ent_render_setup_context (PangoContext *ctx);
/* A layout with the label font, wrapping at ENT_LABEL_MAX_WIDTH. */
PangoLayout  *_ent_render_label_layout_new (PangoContext *ctx, double font_size,
                                            gboolean bold, double wrap_width);
/* The text shown for @name: control characters become spaces. */
char         *_ent_render_label_text (const char *name);
void          _ent_render_measure_label (PangoLayout *pl, const char *text,
                                         double *w, double *h);

/* Writes a complete SVG document drawn by the same code as
 * ent_render_graph (): shapes as <path>, labels as real <text>. */
void          _ent_render_graph_svg (GString *out, const EntNetwork *net,
                                     const EntLayout *layout,
                                     const EntRenderOptions *o,
                                     double width, double height);

/* Legend and title sizes in device units (exports reserve room for them). */
void          _ent_render_legend_size (double *w, double *h);
double        _ent_render_title_height (const char *title, double width);

/* ent-render-raster.c: thin lines and sprites straight into an image
 * surface.  NULL when @cr is not a plain image surface under a scale and
 * translation with a rectangular clip. */
typedef struct _EntRaster EntRaster;
EntRaster    *_ent_raster_begin (cairo_t *cr);
void          _ent_raster_end (EntRaster *ras);
double        _ent_raster_pixels_per_unit (const EntRaster *ras);
void          _ent_raster_move_to (EntRaster *ras, double x, double y);
void          _ent_raster_line_to (EntRaster *ras, double x, double y);
void          _ent_raster_curve_to (EntRaster *ras, double x1, double y1, double x2,
                                    double y2, double x3, double y3);
/* @dashes: NULL, or on and off lengths in user units. */
void          _ent_raster_stroke (EntRaster *ras, EntRGBA colour, double width,
                                  const double *dashes, int n_dashes);
void          _ent_raster_blit (EntRaster *ras, cairo_surface_t *sprite, double x, double y);

G_END_DECLS
