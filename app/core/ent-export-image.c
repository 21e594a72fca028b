/* ent-export-image.c: PNG, SVG and PDF images of the map.
 *
 * All three are drawn by ent-render, the code that draws the window: PNG
 * and PDF through cairo surfaces, SVG through the renderer's SVG back end
 * (labels stay <text>).  The page is the layout's bounding box plus
 * margins, a title band at the top and a legend band at the bottom, unless
 * the caller asks for a size, in which case the map is fitted into it.
 */
#define G_LOG_DOMAIN "ent-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <gio/gio.h>

#include "ent-export.h"
#include "ent-render-private.h"

#define PAGE_MARGIN     20.0
#define LEGEND_BAND_PAD 16.0
#define MIN_PAGE        120.0
#define MAX_PNG_PIXELS  32000     /* cairo image surfaces stop at 32767 */

static const struct {
  const char      *name;
  EntExportFormat  format;
} format_names[] = {
  { "png", ENT_EXPORT_PNG },
  { "svg", ENT_EXPORT_SVG },
  { "pdf", ENT_EXPORT_PDF },
  { "dot", ENT_EXPORT_DOT },
  { "gv", ENT_EXPORT_DOT },
  { "graphml", ENT_EXPORT_GRAPHML },
  { "gexf", ENT_EXPORT_GEXF },
  { "json", ENT_EXPORT_JSON },
  { "csv", ENT_EXPORT_CSV },
};

EntExportFormat
ent_export_format_from_name (const char *name)
{
  if (name == NULL)
    return ENT_EXPORT_UNKNOWN;
  if (*name == '.')
    name++;
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i].name) == 0)
      return format_names[i].format;
  return ENT_EXPORT_UNKNOWN;
}

EntExportFormat
ent_export_format_from_path (const char *path)
{
  g_autofree char *base = NULL;
  const char *dot;

  if (path == NULL)
    return ENT_EXPORT_UNKNOWN;
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return ENT_EXPORT_UNKNOWN;
  return ent_export_format_from_name (dot + 1);
}

const char *
ent_export_format_extension (EntExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (format_names[i].format == format)
      return format_names[i].name;
  return NULL;
}

gboolean
ent_export_format_is_image (EntExportFormat format)
{
  return format == ENT_EXPORT_PNG || format == ENT_EXPORT_SVG || format == ENT_EXPORT_PDF;
}

void
ent_image_options_init (EntImageOptions *o)
{
  g_return_if_fail (o != NULL);

  memset (o, 0, sizeof *o);
  ent_render_options_init (&o->render, FALSE);
  o->width = 0;
  o->height = 0;
  o->scale = 2;
}

/* Page size and the transform that places the map on it. */
typedef struct {
  double width, height;
  double scale, tx, ty;
} Page;

static void
compute_page (const EntLayout *layout, const EntImageOptions *o, Page *page)
{
  double lw = layout ? layout->width : 0, lh = layout ? layout->height : 0;
  double x0 = layout ? layout->x0 : 0, y0 = layout ? layout->y0 : 0;
  double legend_w = 0, legend_h = 0, band = 0, title_h = 0;
  double W = o->width, H = o->height, s = 1;
  double area_w, area_h;

  if (o->render.draw_legend)
    {
      _ent_render_legend_size (&legend_w, &legend_h);
      band = legend_h + LEGEND_BAND_PAD;
    }

  /* Width first (the title wraps to it), then the title, then height. */
  if (W <= 0)
    {
      if (H > 0 && lh > 0)
        {
          double t = _ent_render_title_height (o->render.title, lw + 2 * PAGE_MARGIN);
          s = MAX (H - t - band - 2 * PAGE_MARGIN, 1) / lh;
          W = lw * s + 2 * PAGE_MARGIN;
        }
      else
        W = lw + 2 * PAGE_MARGIN;
      W = MAX (W, MAX (legend_w + LEGEND_BAND_PAD, MIN_PAGE));
    }

  title_h = _ent_render_title_height (o->render.title, W);

  if (H <= 0)
    {
      if (o->width > 0 && lw > 0)
        s = (W - 2 * PAGE_MARGIN) / lw;
      H = title_h + lh * s + 2 * PAGE_MARGIN + band;
      H = MAX (H, MIN_PAGE);
    }

  area_w = MAX (W - 2 * PAGE_MARGIN, 1);
  area_h = MAX (H - title_h - band - 2 * PAGE_MARGIN, 1);
  if (lw > 0 && lh > 0)
    s = MIN (area_w / lw, area_h / lh);
  else
    s = 1;

  page->width = W;
  page->height = H;
  page->scale = s;
  page->tx = PAGE_MARGIN + (area_w - lw * s) / 2 - x0 * s;
  page->ty = title_h + PAGE_MARGIN + (area_h - lh * s) / 2 - y0 * s;
}

static cairo_status_t
write_stream_cb (void *closure, const unsigned char *data, unsigned int length)
{
  GOutputStream *out = closure;

  if (!g_output_stream_write_all (out, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
cairo_failed (cairo_status_t status, GError **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "cannot draw the image: %s",
               cairo_status_to_string (status));
  return TRUE;
}

static gboolean
export_png (const EntNetwork *net, const EntLayout *layout, const EntRenderOptions *ro,
            const Page *page, double density, GOutputStream *out, GError **error)
{
  int pw = (int) ceil (page->width * density);
  int ph = (int) ceil (page->height * density);
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  if (pw > MAX_PNG_PIXELS || ph > MAX_PNG_PIXELS)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_TOO_LARGE,
                   "image would be %d x %d pixels (the limit is %d); use a smaller --scale, "
                   "--width or --height", pw, ph, MAX_PNG_PIXELS);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (pw, 1), MAX (ph, 1));
  cr = cairo_create (surface);
  cairo_scale (cr, density, density);
  ent_render_graph (cr, net, layout, ro, page->width, page->height);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_stream_cb, out);
  cairo_surface_destroy (surface);

  return !cairo_failed (status, error);
}

static gboolean
export_pdf (const EntNetwork *net, const EntLayout *layout, const EntRenderOptions *ro,
            const Page *page, GOutputStream *out, GError **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_stream_cb, out,
                                                                  page->width, page->height);
  cairo_t *cr;
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  if (ro->title != NULL && *ro->title != '\0')
    {
      g_autofree char *title = _ent_render_label_text (ro->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    }

  cr = cairo_create (surface);
  ent_render_graph (cr, net, layout, ro, page->width, page->height);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return !cairo_failed (status, error);
}

gboolean
ent_export_image (const EntNetwork *net, const EntLayout *layout,
                  const EntImageOptions *o, EntExportFormat format,
                  const char *path, GError **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) out = NULL;
  EntRenderOptions ro;
  Page page;
  gboolean ok;

  g_return_val_if_fail (net != NULL && o != NULL && path != NULL, FALSE);

  if (!ent_export_format_is_image (format))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "not an image format (expected png, svg or pdf)");
      return FALSE;
    }
  if (o->scale <= 0 || !isfinite (o->scale) || o->width < 0 || o->height < 0 ||
      !isfinite (o->width) || !isfinite (o->height))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "image size and scale must be positive numbers");
      return FALSE;
    }

  compute_page (layout, o, &page);

  ro = o->render;
  ro.scale = page.scale;
  ro.tx = page.tx;
  ro.ty = page.ty;
  ro.device_scale = format == ENT_EXPORT_PNG ? o->scale : 1;
  /* An image shows the map, not the window's transient state. */
  ro.hover_actor = ro.hover_relation = -1;

  if (format == ENT_EXPORT_SVG)
    {
      g_autoptr(GString) svg = g_string_new (NULL);

      _ent_render_graph_svg (svg, net, layout, &ro, page.width, page.height);
      return g_file_set_contents (path, svg->str, svg->len, error);
    }

  /* Written to a temporary file and renamed on success. */
  file = g_file_new_for_path (path);
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (out == NULL)
    return FALSE;

  if (format == ENT_EXPORT_PNG)
    ok = export_png (net, layout, &ro, &page, o->scale, G_OUTPUT_STREAM (out), error);
  else
    ok = export_pdf (net, layout, &ro, &page, G_OUTPUT_STREAM (out), error);

  if (!ok)
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      /* Closing a cancelled replace stream leaves the old file alone. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (out), cancel, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error);
}
