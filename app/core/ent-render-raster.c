/* ent-render-raster.c: a fast path for thin lines and small sprites on
 * cairo image surfaces.
 *
 * cairo 1.16 rasterises every stroke through its general polygon scan
 * converter; thousands of long one-pixel edges (a 3,000-actor map at fit
 * scale) cost hundreds of milliseconds that way.  When the target is a
 * plain image surface under a scale-and-translate transform and a
 * rectangular clip, ent-render draws thin edges here instead: each segment
 * is a box-filtered line (the exact coverage of a band of the line's width
 * over each pixel column or row), blended OVER in premultiplied ARGB.
 * Anything else (vector surfaces, rotations, odd clips, wide or dashed
 * lines) goes through cairo as before.
 */
#define G_LOG_DOMAIN "ent-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-render-private.h"

struct _EntRaster {
  cairo_surface_t *surface;
  guint8          *data;
  int              stride;
  gboolean         has_alpha;
  /* pixel = user * scale + offset */
  double           sx, sy, ox, oy;
  /* clip, in pixels: [x0, x1) x [y0, y1) */
  int              cx0, cy0, cx1, cy1;
  /* the path being built, in pixels */
  GArray          *points;   /* double x, y */
  GArray          *starts;   /* guint: index of each subpath's first point */
  double           tolerance;
  int              dx0, dy0, dx1, dy1;   /* dirty rectangle */
};

EntRaster *
_ent_raster_begin (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_format_t format;
  cairo_rectangle_list_t *clip;
  double ux, uy, xx, xy, yx, yy, dsx, dsy, dox, doy;
  double x0, y0, x1, y1;
  EntRaster *ras;

  if (cairo_get_group_target (cr) != target ||
      cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    return NULL;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return NULL;

  /* Scale and translation only. */
  ux = 0; uy = 0;
  cairo_user_to_device (cr, &ux, &uy);
  xx = 1; xy = 0;
  cairo_user_to_device_distance (cr, &xx, &xy);
  yx = 0; yy = 1;
  cairo_user_to_device_distance (cr, &yx, &yy);
  if (fabs (xy) > 1e-9 || fabs (yx) > 1e-9 || xx <= 0 || yy <= 0)
    return NULL;

  cairo_surface_get_device_scale (target, &dsx, &dsy);
  cairo_surface_get_device_offset (target, &dox, &doy);

  /* A single clip rectangle (no clip is the surface's extent). */
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS || clip->num_rectangles != 1)
    {
      cairo_rectangle_list_destroy (clip);
      return NULL;
    }

  ras = g_new0 (EntRaster, 1);
  ras->surface = cairo_surface_reference (target);
  ras->sx = xx * dsx;
  ras->sy = yy * dsy;
  ras->ox = ux * dsx + dox;
  ras->oy = uy * dsy + doy;

  x0 = clip->rectangles[0].x * ras->sx + ras->ox;
  y0 = clip->rectangles[0].y * ras->sy + ras->oy;
  x1 = (clip->rectangles[0].x + clip->rectangles[0].width) * ras->sx + ras->ox;
  y1 = (clip->rectangles[0].y + clip->rectangles[0].height) * ras->sy + ras->oy;
  cairo_rectangle_list_destroy (clip);

  /* Only whole pixels inside the clip are touched. */
  ras->cx0 = MAX (0, (int) ceil (x0 - 1e-6));
  ras->cy0 = MAX (0, (int) ceil (y0 - 1e-6));
  ras->cx1 = MIN (cairo_image_surface_get_width (target), (int) floor (x1 + 1e-6));
  ras->cy1 = MIN (cairo_image_surface_get_height (target), (int) floor (y1 + 1e-6));

  cairo_surface_flush (target);
  ras->data = cairo_image_surface_get_data (target);
  ras->stride = cairo_image_surface_get_stride (target);
  ras->has_alpha = format == CAIRO_FORMAT_ARGB32;
  ras->points = g_array_new (FALSE, FALSE, 2 * sizeof (double));
  ras->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  ras->tolerance = 0.25;
  ras->dx0 = ras->dy0 = G_MAXINT;
  ras->dx1 = ras->dy1 = G_MININT;

  if (ras->data == NULL)
    {
      _ent_raster_end (ras);
      return NULL;
    }
  return ras;
}

void
_ent_raster_end (EntRaster *ras)
{
  if (ras == NULL)
    return;
  if (ras->dx0 <= ras->dx1 && ras->dy0 <= ras->dy1)
    cairo_surface_mark_dirty_rectangle (ras->surface, ras->dx0, ras->dy0,
                                        ras->dx1 - ras->dx0 + 1, ras->dy1 - ras->dy0 + 1);
  cairo_surface_destroy (ras->surface);
  g_array_unref (ras->points);
  g_array_unref (ras->starts);
  g_free (ras);
}

double
_ent_raster_pixels_per_unit (const EntRaster *ras)
{
  return MIN (ras->sx, ras->sy);
}

/* ------------------------------------------------------------------ */
/* Path */

void
_ent_raster_move_to (EntRaster *ras, double x, double y)
{
  double p[2] = { x * ras->sx + ras->ox, y * ras->sy + ras->oy };
  guint start = ras->points->len;

  g_array_append_val (ras->starts, start);
  g_array_append_vals (ras->points, p, 1);
}

void
_ent_raster_line_to (EntRaster *ras, double x, double y)
{
  double p[2] = { x * ras->sx + ras->ox, y * ras->sy + ras->oy };

  if (ras->starts->len == 0)
    {
      _ent_raster_move_to (ras, x, y);
      return;
    }
  g_array_append_vals (ras->points, p, 1);
}

void
_ent_raster_curve_to (EntRaster *ras, double x1, double y1, double x2, double y2,
                      double x3, double y3)
{
  const double *last;
  double p0x, p0y, p1x, p1y, p2x, p2y, p3x, p3y, hull;
  int n;

  if (ras->starts->len == 0)
    _ent_raster_move_to (ras, x1, y1);

  last = &g_array_index (ras->points, double, 2 * (ras->points->len - 1));
  p0x = last[0]; p0y = last[1];
  p1x = x1 * ras->sx + ras->ox; p1y = y1 * ras->sy + ras->oy;
  p2x = x2 * ras->sx + ras->ox; p2y = y2 * ras->sy + ras->oy;
  p3x = x3 * ras->sx + ras->ox; p3y = y3 * ras->sy + ras->oy;

  /* Segments from the control polygon's deviation: the error of n uniform
   * steps is at most (3/4) * deviation / n^2. */
  hull = MAX (fabs (p0x - 2 * p1x + p2x) + fabs (p0y - 2 * p1y + p2y),
              fabs (p1x - 2 * p2x + p3x) + fabs (p1y - 2 * p2y + p3y));
  n = (int) ceil (sqrt (0.75 * hull / ras->tolerance));
  n = CLAMP (n, 1, 64);

  for (int i = 1; i <= n; i++)
    {
      double t = (double) i / n, u = 1 - t;
      double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
      double p[2] = { a * p0x + b * p1x + c * p2x + d * p3x,
                      a * p0y + b * p1y + c * p2y + d * p3y };
      g_array_append_vals (ras->points, p, 1);
    }
}

/* ------------------------------------------------------------------ */
/* Pixels */

/* x * k / 255 for the four 8-bit channels of x at once, rounded. */
static inline guint32
mul_channels (guint32 x, guint32 k)
{
  guint32 rb = (x & 0x00ff00ff) * k + 0x00800080;
  guint32 ag = ((x >> 8) & 0x00ff00ff) * k + 0x00800080;

  rb = ((rb + ((rb >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
  ag = (ag + ((ag >> 8) & 0x00ff00ff)) & 0xff00ff00;
  return rb | ag;
}

/* Premultiplied OVER of colour @c (packed ARGB) at @coverage. */
static inline void
blend_at (EntRaster *ras, guint32 *px, guint32 c, double coverage)
{
  guint32 src, dst, k;

  if (coverage <= 0.002)
    return;
  k = coverage >= 1 ? 255 : (guint32) (coverage * 255 + 0.5);
  dst = ras->has_alpha ? *px : (*px | 0xff000000);
  src = mul_channels (c, k);
  *px = src + mul_channels (dst, 255 - (src >> 24));
}

/* floor () for the small coordinates used here, without a libm call. */
static inline int
ifloor (double v)
{
  int i = (int) v;
  return i - (v < i);
}

static void
touch (EntRaster *ras, int x0, int y0, int x1, int y1)
{
  ras->dx0 = MIN (ras->dx0, x0);
  ras->dy0 = MIN (ras->dy0, y0);
  ras->dx1 = MAX (ras->dx1, x1);
  ras->dy1 = MAX (ras->dy1, y1);
}

/* Clips the segment to [x0, x1] x [y0, y1] (Liang-Barsky). */
static gboolean
clip_segment (double *ax, double *ay, double *bx, double *by,
              double x0, double y0, double x1, double y1)
{
  double t0 = 0, t1 = 1, dx = *bx - *ax, dy = *by - *ay;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { *ax - x0, x1 - *ax, *ay - y0, y1 - *ay };

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      {
        double t = q[i] / p[i];
        if (p[i] < 0)
          t0 = MAX (t0, t);
        else
          t1 = MIN (t1, t);
      }
      if (t0 > t1)
        return FALSE;
    }
  *bx = *ax + t1 * dx;
  *by = *ay + t1 * dy;
  *ax = *ax + t0 * dx;
  *ay = *ay + t0 * dy;
  return TRUE;
}

/* A band of @width pixels centred on the segment: for each pixel column
 * (or row, for steep segments) the band crosses, the exact overlap of the
 * band's vertical (horizontal) extent with each pixel. */
static void
segment (EntRaster *ras, double ax, double ay, double bx, double by, double width,
         guint32 c, int cx0, int cy0, int cx1, int cy1)
{
  double pad = width + 1;
  gboolean steep = fabs (by - ay) > fabs (bx - ax);
  double g, half, start, end;
  int lo, hi, minor_lo, minor_hi;

  if (!clip_segment (&ax, &ay, &bx, &by, cx0 - pad, cy0 - pad, cx1 + pad, cy1 + pad))
    return;

  if (steep)
    {
      double t;
      t = ax; ax = ay; ay = t;
      t = bx; bx = by; by = t;
    }
  if (ax > bx)
    {
      double t;
      t = ax; ax = bx; bx = t;
      t = ay; ay = by; by = t;
    }

  g = bx - ax > 1e-9 ? (by - ay) / (bx - ax) : 0;
  half = width * sqrt (1 + g * g) / 2;   /* the band's extent across a column */
  start = ax;
  end = bx;
  lo = (int) ceil (start - 0.5);
  hi = (int) floor (end - 0.5);

  if (steep)
    {
      lo = MAX (lo, cy0);
      hi = MIN (hi, cy1 - 1);
      minor_lo = cx0;
      minor_hi = cx1 - 1;
    }
  else
    {
      lo = MAX (lo, cx0);
      hi = MIN (hi, cx1 - 1);
      minor_lo = cy0;
      minor_hi = cy1 - 1;
    }
  if (lo > hi)
    return;

  {
    /* Pixel steps: along the major axis one pixel, across it one row of
     * 4-byte pixels (steep) or one scanline. */
    guint8 *base = ras->data;
    gssize major_step = steep ? ras->stride : 4;
    gssize minor_step = steep ? 4 : ras->stride;
    double centre = ay + g * (lo + 0.5 - ax);
    int first_minor = G_MAXINT, last_minor = G_MININT;

    for (int i = lo; i <= hi; i++, centre += g)
      {
        double top = centre - half, bottom = centre + half;
        int j0 = ifloor (top), j1 = ifloor (bottom);
        guint8 *row = base + i * major_step;

        if (j0 < minor_lo)
          j0 = minor_lo;
        if (j1 > minor_hi)
          j1 = minor_hi;
        for (int j = j0; j <= j1; j++)
          {
            double cov = MIN (j + 1.0, bottom) - MAX ((double) j, top);

            blend_at (ras, (guint32 *) (row + j * minor_step), c, cov);
          }
        first_minor = MIN (first_minor, j0);
        last_minor = MAX (last_minor, j1);
      }

    if (first_minor <= last_minor)
      {
        if (steep)
          touch (ras, first_minor, lo, last_minor, hi);
        else
          touch (ras, lo, first_minor, hi, last_minor);
      }
  }
}

/* Tiles: every pixel belongs to one tile, and each segment is drawn tile by
 * tile with the tile as its clip, so the result is the same as drawing it
 * whole; but all the segments crossing a tile are drawn while its 16 KiB
 * are in the cache (long lines otherwise touch a new cache line per pixel
 * row: three times slower on the 8,000-relation benchmark). */
#define TILE 64

typedef struct {
  guint tile;
  guint point;   /* segment from points[point] to points[point + 1] */
} Piece;

static void
add_pieces (EntRaster *ras, GArray *pieces, guint k, double ax, double ay, double bx,
            double by, double pad, int tiles_x)
{
  gboolean steep = fabs (by - ay) > fabs (bx - ax);
  double major_a = steep ? ay : ax, major_b = steep ? by : bx;
  double minor_a = steep ? ax : ay, minor_b = steep ? bx : by;
  int m0, m1;

  if (major_a > major_b)
    {
      double t;
      t = major_a; major_a = major_b; major_b = t;
      t = minor_a; minor_a = minor_b; minor_b = t;
    }
  m0 = ifloor ((major_a - pad) / TILE);
  m1 = ifloor ((major_b + pad) / TILE);

  for (int m = m0; m <= m1; m++)
    {
      /* The segment's minor extent over this band of the major axis. */
      double band0 = MAX (m * TILE - pad, major_a), band1 = MIN ((m + 1) * TILE + pad, major_b);
      double g = major_b - major_a > 1e-9 ? (minor_b - minor_a) / (major_b - major_a) : 0;
      double v0 = minor_a + g * (band0 - major_a), v1 = minor_a + g * (band1 - major_a);
      int n0 = ifloor ((MIN (v0, v1) - pad) / TILE);
      int n1 = ifloor ((MAX (v0, v1) + pad) / TILE);

      if (band0 > band1)
        continue;
      for (int n = n0; n <= n1; n++)
        {
          int tx = steep ? n : m, ty = steep ? m : n;
          Piece piece;

          if (tx < ras->cx0 / TILE || tx * TILE >= ras->cx1 ||
              ty < ras->cy0 / TILE || ty * TILE >= ras->cy1)
            continue;
          piece.tile = (guint) (ty * tiles_x + tx);
          piece.point = k;
          g_array_append_val (pieces, piece);
        }
    }
}

static int
piece_cmp (gconstpointer a, gconstpointer b)
{
  const Piece *x = a, *y = b;

  if (x->tile != y->tile)
    return x->tile < y->tile ? -1 : 1;
  return x->point < y->point ? -1 : x->point > y->point;
}

/* Strokes the path built so far with @colour, @width in user units; then
 * forgets it.  Joins are not mitred: lines this thin do not show them. */
/* Cuts the path into dashes: on, off, on... lengths in pixels. */
static void
apply_dashes (EntRaster *ras, double on, double off)
{
  GArray *points = g_array_new (FALSE, FALSE, 2 * sizeof (double));
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  const double *p = (const double *) ras->points->data;

  for (guint s = 0; s < ras->starts->len; s++)
    {
      guint first = g_array_index (ras->starts, guint, s);
      guint last = s + 1 < ras->starts->len ? g_array_index (ras->starts, guint, s + 1)
                                            : ras->points->len;
      gboolean drawing = TRUE;
      double left = on;   /* of the current dash or gap */

      if (last - first < 2)
        continue;
      g_array_append_val (starts, points->len);
      g_array_append_vals (points, p + 2 * first, 1);

      for (guint k = first; k + 1 < last; k++)
        {
          double ax = p[2 * k], ay = p[2 * k + 1], bx = p[2 * k + 2], by = p[2 * k + 3];
          double len = hypot (bx - ax, by - ay), done = 0;

          while (len - done > left)
            {
              double t = (done + left) / len;
              double q[2] = { ax + (bx - ax) * t, ay + (by - ay) * t };

              done += left;
              if (drawing)
                g_array_append_vals (points, q, 1);
              else
                {
                  guint start = points->len;
                  g_array_append_val (starts, start);
                  g_array_append_vals (points, q, 1);
                }
              drawing = !drawing;
              left = drawing ? on : off;
            }
          left -= len - done;
          if (drawing)
            g_array_append_vals (points, p + 2 * k + 2, 1);
        }
    }

  g_array_unref (ras->points);
  g_array_unref (ras->starts);
  ras->points = points;
  ras->starts = starts;
}

void
_ent_raster_stroke (EntRaster *ras, EntRGBA colour, double width,
                    const double *dashes, int n_dashes)
{
  double w = width * _ent_raster_pixels_per_unit (ras);
  double a = CLAMP (colour.a, 0, 1);
  guint32 c = ((guint32) (a * 255 + 0.5) << 24) |
              ((guint32) (CLAMP (colour.r, 0, 1) * a * 255 + 0.5) << 16) |
              ((guint32) (CLAMP (colour.g, 0, 1) * a * 255 + 0.5) << 8) |
              (guint32) (CLAMP (colour.b, 0, 1) * a * 255 + 0.5);
  const double *p = (const double *) ras->points->data;
  int tiles_x = (ras->cx1 + TILE - 1) / TILE;
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));

  if (ras->cx0 >= ras->cx1 || ras->cy0 >= ras->cy1)
    goto done;
  if (n_dashes == 2 && dashes[0] > 0 && dashes[1] > 0)
    {
      apply_dashes (ras, dashes[0] * _ent_raster_pixels_per_unit (ras),
                    dashes[1] * _ent_raster_pixels_per_unit (ras));
      p = (const double *) ras->points->data;
    }

  for (guint s = 0; s < ras->starts->len; s++)
    {
      guint first = g_array_index (ras->starts, guint, s);
      guint last = s + 1 < ras->starts->len ? g_array_index (ras->starts, guint, s + 1)
                                            : ras->points->len;

      for (guint k = first; k + 1 < last; k++)
        add_pieces (ras, pieces, k, p[2 * k], p[2 * k + 1], p[2 * k + 2], p[2 * k + 3],
                    w + 1, tiles_x);
    }

  /* Segment order within a tile is kept: overlapping translucent lines
   * blend as they would drawn one after the other. */
  g_array_sort (pieces, piece_cmp);

  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *piece = &g_array_index (pieces, Piece, i);
      int tx = (int) (piece->tile % (guint) tiles_x), ty = (int) (piece->tile / (guint) tiles_x);
      guint k = piece->point;

      segment (ras, p[2 * k], p[2 * k + 1], p[2 * k + 2], p[2 * k + 3], w, c,
               MAX (tx * TILE, ras->cx0), MAX (ty * TILE, ras->cy0),
               MIN ((tx + 1) * TILE, ras->cx1), MIN ((ty + 1) * TILE, ras->cy1));
    }

done:
  g_array_set_size (ras->points, 0);
  g_array_set_size (ras->starts, 0);
}

/* Paints @sprite (premultiplied ARGB32, its centre at the sprite's middle)
 * centred on user point (x, y), at the nearest whole pixel. */
void
_ent_raster_blit (EntRaster *ras, cairo_surface_t *sprite, double x, double y)
{
  int sw = cairo_image_surface_get_width (sprite);
  int sh = cairo_image_surface_get_height (sprite);
  int sstride = cairo_image_surface_get_stride (sprite);
  const guint8 *sdata = cairo_image_surface_get_data (sprite);
  int px = (int) floor (x * ras->sx + ras->ox - sw / 2.0 + 0.5);
  int py = (int) floor (y * ras->sy + ras->oy - sh / 2.0 + 0.5);
  int x0 = MAX (px, ras->cx0), y0 = MAX (py, ras->cy0);
  int x1 = MIN (px + sw, ras->cx1), y1 = MIN (py + sh, ras->cy1);

  if (x0 >= x1 || y0 >= y1)
    return;

  for (int yy = y0; yy < y1; yy++)
    {
      const guint32 *src = (const guint32 *) (sdata + (yy - py) * sstride) + (x0 - px);
      guint32 *dst = (guint32 *) (ras->data + yy * ras->stride) + x0;

      for (int xx = x0; xx < x1; xx++, src++, dst++)
        {
          guint32 s = *src, d = *dst, sa = s >> 24;

          if (sa == 0)
            continue;
          if (sa == 255)
            {
              *dst = s;
              continue;
            }
          if (!ras->has_alpha)
            d |= 0xff000000;
          *dst = s + mul_channels (d, 255 - sa);
        }
    }
  touch (ras, x0, y0, x1 - 1, y1 - 1);
}
