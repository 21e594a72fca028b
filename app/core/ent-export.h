/* ent-export.h: images and data files from a network.  Images are drawn by
 * ent-render (the same code as the window); data formats are written here. */
#pragma once

#include "ent-network.h"
#include "ent-layout.h"
#include "ent-render.h"

G_BEGIN_DECLS

typedef enum {
  ENT_EXPORT_UNKNOWN,
  ENT_EXPORT_PNG,
  ENT_EXPORT_SVG,
  ENT_EXPORT_PDF,
  ENT_EXPORT_DOT,      /* .dot, .gv */
  ENT_EXPORT_GRAPHML,
  ENT_EXPORT_GEXF,
  ENT_EXPORT_JSON,     /* entente/1 */
  ENT_EXPORT_CSV,      /* one row per evidence sentence */
} EntExportFormat;

EntExportFormat ent_export_format_from_path (const char *path);
EntExportFormat ent_export_format_from_name (const char *name);   /* "png", "graphml"... */
const char     *ent_export_format_extension (EntExportFormat format);
gboolean        ent_export_format_is_image (EntExportFormat format);

typedef struct {
  EntRenderOptions render;   /* palette, visibility masks, title, legend */
  double           width;    /* image size in points/pixels-at-scale-1; 0 = from the layout */
  double           height;
  double           scale;    /* PNG pixel density, default 2 */
} EntImageOptions;

void     ent_image_options_init (EntImageOptions *o);

/* PNG, SVG or PDF through ent_render_graph (): what you see is what you export. */
gboolean ent_export_image (const EntNetwork *net, const EntLayout *layout,
                           const EntImageOptions *o, EntExportFormat format,
                           const char *path, GError **error);

/* DOT, GraphML, GEXF, JSON, CSV of the visible part (NULL masks: all).
 * @layout may be NULL (no positions written).  Written atomically. */
gboolean ent_export_data (const EntNetwork *net, const EntLayout *layout,
                          const gboolean *actor_visible, const gboolean *relation_visible,
                          EntExportFormat format, const char *path, GError **error);
/* Same, to a string (for tests and the clipboard). */
char    *ent_export_data_to_string (const EntNetwork *net, const EntLayout *layout,
                                    const gboolean *actor_visible,
                                    const gboolean *relation_visible,
                                    EntExportFormat format, gsize *len, GError **error);

G_END_DECLS
