/* ent-render.c: drawing the network.
 *
 * Everything is drawn through a tiny "canvas" with two back ends: cairo
 * (the window, PNG and PDF) and SVG text (so labels stay real <text>
 * elements, which cairo's SVG surface cannot do: it writes glyph outlines).
 * Both back ends receive exactly the same paths, colours and labels from the
 * same drawing code.
 *
 * Speed: edges are batched into one path per style (polarity x width), nodes
 * into one path per type; elements outside the clip are skipped; labels
 * whose font would be under ENT_LABEL_MIN_PX device pixels are skipped;
 * Béziers that are straight at the current zoom are drawn as lines.
 */
#define G_LOG_DOMAIN "ent-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-render.h"
#include "ent-render-private.h"

#define LABEL_MIN_PX      4.0    /* below this, labels are not drawn */
#define LABEL_EMPH_PX     9.0    /* emphasised labels are drawn at least this big */
#define HALO_WIDTH        3.0    /* layout units */
#define MIN_LINE_PX       0.8
#define N_WIDTH_BUCKETS   6
#define VEIL_ALPHA        0.72
#define LEGEND_PAD        8.0
#define LEGEND_ROW        16.0
#define LEGEND_SAMPLE     22.0
#define TITLE_MARGIN      10.0
#define EDGE_CHUNK        4      /* edges per cairo_stroke (see draw_edges) */
#define MANY_ELEMENTS     1000   /* above this many in view: coarser antialiasing */
#define DASH_MIN_PX       6.0    /* shorter dash periods are drawn solid */
#define OUTLINE_MIN_PX    6.0    /* smaller shapes get no outline */
#define OVERLAY_LABELS    40     /* neighbour labels drawn on hover/selection */
#define DIRECT_MAX_PX     6.5    /* thinner lines are drawn directly on images */
#define ARROW_MIN_PX      3.0    /* smaller arrowheads are left out */
#define SPRITE_MAX_PX     64.0   /* smaller shapes are stamped from a sprite on images */

/* ------------------------------------------------------------------ */
/* Palette */

static EntRGBA
rgb (guint32 hex, double a)
{
  EntRGBA c = { ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0,
                (hex & 0xff) / 255.0, a };
  return c;
}

static EntRGBA
mix (EntRGBA c, EntRGBA with, double t)
{
  EntRGBA r = { c.r + (with.r - c.r) * t, c.g + (with.g - c.g) * t,
                c.b + (with.b - c.b) * t, c.a };
  return r;
}

static EntRGBA
with_alpha (EntRGBA c, double a)
{
  c.a = a;
  return c;
}

void
ent_palette_init (EntPalette *p, gboolean dark)
{
  g_return_if_fail (p != NULL);

  p->dark = dark;
  p->transparent = FALSE;
  p->background = dark ? rgb (0x242424, 1) : rgb (0xfafafa, 1);
  p->foreground = dark ? rgb (0xf0f0f0, 1) : rgb (0x1e1e1e, 1);
}

/* Okabe & Ito (2008), "Color Universal Design". */
EntRGBA
ent_palette_actor (const EntPalette *p, EntActorType type)
{
  static const guint32 colours[ENT_N_ACTOR_TYPES] = {
    [ENT_ACTOR_STATE] = 0x0072B2,   /* blue */
    [ENT_ACTOR_LEADER] = 0xE69F00,  /* orange */
    [ENT_ACTOR_PERSON] = 0xCC79A7,  /* reddish purple */
    [ENT_ACTOR_GROUP] = 0xF0E442,   /* yellow */
  };
  EntRGBA c = rgb (colours[MIN ((guint) type, ENT_N_ACTOR_TYPES - 1)], 1);

  if (p != NULL && p->dark && type == ENT_ACTOR_STATE)
    c = mix (c, rgb (0xffffff, 1), 0.25);
  return c;
}

EntRGBA
ent_palette_polarity (const EntPalette *p, EntPolarity pol)
{
  gboolean dark = p != NULL && p->dark;

  switch (pol)
    {
    case ENT_POLARITY_ALLY:
      return dark ? rgb (0x21C090, 1) : rgb (0x009E73, 1);     /* bluish green */
    case ENT_POLARITY_HOSTILE:
      return dark ? rgb (0xF07A30, 1) : rgb (0xD55E00, 1);     /* vermillion */
    case ENT_POLARITY_NEUTRAL:
    case ENT_N_POLARITIES:
    default:
      return dark ? rgb (0x9A9A9A, 0.65) : rgb (0x8A8A8A, 0.65); /* grey, dimmed */
    }
}

static EntRGBA
actor_outline (const EntPalette *p, EntActorType type)
{
  EntRGBA c = ent_palette_actor (p, type);

  return p->dark ? mix (c, rgb (0xffffff, 1), 0.55) : mix (c, rgb (0x000000, 1), 0.45);
}

void
ent_render_options_init (EntRenderOptions *o, gboolean dark)
{
  g_return_if_fail (o != NULL);

  memset (o, 0, sizeof *o);
  ent_palette_init (&o->palette, dark);
  o->scale = 1;
  o->device_scale = 1;
  o->hover_actor = o->hover_relation = -1;
  o->selected_actor = o->selected_relation = -1;
  o->draw_legend = TRUE;
}

/* ------------------------------------------------------------------ */
/* Shapes and labels */

void
_ent_render_marker_size (EntActorType type, double *w, double *h)
{
  switch (type)
    {
    case ENT_ACTOR_STATE:  *w = 24; *h = 17; break;   /* rounded rectangle */
    case ENT_ACTOR_LEADER: *w = 24; *h = 15; break;   /* ellipse */
    case ENT_ACTOR_PERSON: *w = 12; *h = 12; break;   /* small circle */
    case ENT_ACTOR_GROUP:  *w = 22; *h = 22; break;   /* diamond */
    case ENT_N_ACTOR_TYPES:
    default:               *w = 16; *h = 16; break;
    }
}

double
_ent_render_marker_radius (EntActorType type, double w, double h, double dx, double dy)
{
  double a = w / 2, b = h / 2;
  double len = hypot (dx, dy);
  double c, s;

  if (len < 1e-12)
    return MIN (a, b);
  c = fabs (dx) / len;
  s = fabs (dy) / len;

  switch (type)
    {
    case ENT_ACTOR_STATE:
      return MIN (c > 1e-12 ? a / c : G_MAXDOUBLE, s > 1e-12 ? b / s : G_MAXDOUBLE);
    case ENT_ACTOR_GROUP:
      return 1.0 / (c / a + s / b);
    case ENT_ACTOR_LEADER:
    case ENT_ACTOR_PERSON:
    case ENT_N_ACTOR_TYPES:
    default:
      return a * b / sqrt ((b * c) * (b * c) + (a * s) * (a * s));
    }
}

void
_ent_render_setup_context (PangoContext *ctx)
{
  cairo_font_options_t *fo = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (fo, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ctx, fo);
  pango_cairo_context_set_resolution (ctx, 72);
  pango_context_set_round_glyph_positions (ctx, FALSE);
  cairo_font_options_destroy (fo);
}

PangoContext *
_ent_render_measure_context_new (void)
{
  PangoContext *ctx = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  _ent_render_setup_context (ctx);
  return ctx;
}

PangoLayout *
_ent_render_label_layout_new (PangoContext *ctx, double font_size, gboolean bold,
                              double wrap_width)
{
  PangoLayout *pl = pango_layout_new (ctx);
  PangoFontDescription *fd = pango_font_description_new ();

  pango_font_description_set_family (fd, ENT_LABEL_FONT_FAMILY);
  pango_font_description_set_absolute_size (fd, font_size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (fd, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (pl, fd);
  pango_font_description_free (fd);

  if (wrap_width > 0)
    {
      pango_layout_set_width (pl, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (pl, PANGO_ALIGN_CENTER);
  return pl;
}

char *
_ent_render_label_text (const char *name)
{
  g_autofree char *valid = g_utf8_make_valid (name ? name : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
          c == 0xfffe || c == 0xffff)
        c = ' ';
      g_string_append_unichar (out, c);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

void
_ent_render_measure_label (PangoLayout *pl, const char *text, double *w, double *h)
{
  PangoRectangle logical;

  pango_layout_set_text (pl, text, -1);
  pango_layout_get_extents (pl, NULL, &logical);
  *w = (double) logical.width / PANGO_SCALE;
  *h = (double) logical.height / PANGO_SCALE;
}

/* ------------------------------------------------------------------ */
/* The canvas: cairo or SVG */

typedef struct {
  cairo_t      *cr;      /* cairo back end, or */
  GString      *svg;     /* SVG back end */
  GString      *d;       /* SVG: the current path */
  PangoContext *pctx;
  gboolean      fast_halo;
  EntRaster    *ras;     /* cairo back end on an image surface: thin lines */
  gboolean      to_raster;   /* path operations go to ras */
} Canvas;

static void
svg_num (GString *s, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (v) < 0.005)
    v = 0;
  g_ascii_formatd (buf, sizeof buf, "%.2f", v);
  /* Trim trailing zeros: shorter files. */
  if (strchr (buf, '.'))
    {
      char *end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  g_string_append (s, buf);
}

static void
svg_colour (GString *s, const char *attr, EntRGBA c)
{
  g_string_append_printf (s, " %s=\"#%02x%02x%02x\"", attr,
                          (int) CLAMP (round (c.r * 255), 0, 255),
                          (int) CLAMP (round (c.g * 255), 0, 255),
                          (int) CLAMP (round (c.b * 255), 0, 255));
  if (c.a < 0.999)
    {
      g_string_append_printf (s, " %s-opacity=\"", attr);
      svg_num (s, c.a);
      g_string_append_c (s, '"');
    }
}

static void
svg_attr_num (GString *s, const char *attr, double v)
{
  g_string_append_printf (s, " %s=\"", attr);
  svg_num (s, v);
  g_string_append_c (s, '"');
}

static void
cv_move_to (Canvas *cv, double x, double y)
{
  if (cv->to_raster)
    _ent_raster_move_to (cv->ras, x, y);
  else if (cv->cr)
    cairo_move_to (cv->cr, x, y);
  else
    {
      g_string_append_c (cv->d, 'M');
      svg_num (cv->d, x);
      g_string_append_c (cv->d, ' ');
      svg_num (cv->d, y);
    }
}

static void
cv_line_to (Canvas *cv, double x, double y)
{
  if (cv->to_raster)
    _ent_raster_line_to (cv->ras, x, y);
  else if (cv->cr)
    cairo_line_to (cv->cr, x, y);
  else
    {
      g_string_append_c (cv->d, 'L');
      svg_num (cv->d, x);
      g_string_append_c (cv->d, ' ');
      svg_num (cv->d, y);
    }
}

static void
cv_curve_to (Canvas *cv, double x1, double y1, double x2, double y2, double x3, double y3)
{
  if (cv->to_raster)
    _ent_raster_curve_to (cv->ras, x1, y1, x2, y2, x3, y3);
  else if (cv->cr)
    cairo_curve_to (cv->cr, x1, y1, x2, y2, x3, y3);
  else
    {
      double v[6] = { x1, y1, x2, y2, x3, y3 };

      g_string_append_c (cv->d, 'C');
      for (int i = 0; i < 6; i++)
        {
          if (i)
            g_string_append_c (cv->d, ' ');
          svg_num (cv->d, v[i]);
        }
    }
}

static void
cv_close (Canvas *cv)
{
  if (cv->cr)
    cairo_close_path (cv->cr);
  else
    g_string_append_c (cv->d, 'Z');
}

static void
set_source (cairo_t *cr, EntRGBA c)
{
  if (c.a >= 0.999)
    cairo_set_source_rgb (cr, c.r, c.g, c.b);
  else
    cairo_set_source_rgba (cr, c.r, c.g, c.b, c.a);
}

/* Fills and/or strokes the current path, then clears it.  @stroke_width
 * <= 0: no stroke; @fill.a <= 0: no fill. */
static void
cv_paint (Canvas *cv, EntRGBA fill, EntRGBA stroke, double stroke_width,
          const double *dashes, int n_dashes)
{
  gboolean do_fill = fill.a > 0, do_stroke = stroke_width > 0 && stroke.a > 0;

  if (cv->cr)
    {
      cairo_t *cr = cv->cr;

      if (do_fill)
        {
          set_source (cr, fill);
          if (do_stroke)
            cairo_fill_preserve (cr);
          else
            cairo_fill (cr);
        }
      if (do_stroke)
        {
          set_source (cr, stroke);
          cairo_set_line_width (cr, stroke_width);
          cairo_set_dash (cr, dashes, n_dashes, 0);
          cairo_stroke (cr);
          if (n_dashes)
            cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_new_path (cr);
      return;
    }

  if (cv->d->len == 0)
    return;

  g_string_append (cv->svg, "<path d=\"");
  g_string_append_len (cv->svg, cv->d->str, cv->d->len);
  g_string_append_c (cv->svg, '"');
  if (do_fill)
    svg_colour (cv->svg, "fill", fill);
  else
    g_string_append (cv->svg, " fill=\"none\"");
  if (do_stroke)
    {
      svg_colour (cv->svg, "stroke", stroke);
      svg_attr_num (cv->svg, "stroke-width", stroke_width);
      g_string_append (cv->svg, " stroke-linejoin=\"round\"");
      if (n_dashes > 0)
        {
          g_string_append (cv->svg, " stroke-dasharray=\"");
          for (int i = 0; i < n_dashes; i++)
            {
              if (i)
                g_string_append_c (cv->svg, ' ');
              svg_num (cv->svg, dashes[i]);
            }
          g_string_append_c (cv->svg, '"');
        }
    }
  g_string_append (cv->svg, "/>\n");
  g_string_truncate (cv->d, 0);
}

static void
cv_fill (Canvas *cv, EntRGBA fill)
{
  EntRGBA none = { 0, 0, 0, 0 };
  cv_paint (cv, fill, none, 0, NULL, 0);
}

static void
cv_stroke (Canvas *cv, EntRGBA stroke, double width, const double *dashes, int n_dashes)
{
  EntRGBA none = { 0, 0, 0, 0 };
  cv_paint (cv, none, stroke, width, dashes, n_dashes);
}

static void
cv_push_transform (Canvas *cv, double scale, double tx, double ty)
{
  if (cv->cr)
    {
      cairo_save (cv->cr);
      cairo_translate (cv->cr, tx, ty);
      cairo_scale (cv->cr, scale, scale);
    }
  else
    {
      g_string_append (cv->svg, "<g transform=\"matrix(");
      svg_num (cv->svg, scale);
      g_string_append (cv->svg, " 0 0 ");
      svg_num (cv->svg, scale);
      g_string_append_c (cv->svg, ' ');
      svg_num (cv->svg, tx);
      g_string_append_c (cv->svg, ' ');
      svg_num (cv->svg, ty);
      g_string_append (cv->svg, ")\">\n");
    }
}

static void
cv_pop_transform (Canvas *cv)
{
  if (cv->cr)
    cairo_restore (cv->cr);
  else
    g_string_append (cv->svg, "</g>\n");
}

/* Draws pl's text centred on @xc with its top at @y: the halo first
 * (a stroke in @halo), then the text in @fg.  SVG gets one <text> per line. */
static void
cv_text (Canvas *cv, PangoLayout *pl, const char *text, double xc, double y,
         EntRGBA fg, EntRGBA halo, double halo_width, double font_size, gboolean bold)
{
  PangoRectangle logical;
  double lx, ly, lw;

  pango_layout_set_text (pl, text, -1);
  pango_layout_get_extents (pl, NULL, &logical);
  lx = (double) logical.x / PANGO_SCALE;
  ly = (double) logical.y / PANGO_SCALE;
  lw = (double) logical.width / PANGO_SCALE;

  if (cv->cr)
    {
      cairo_t *cr = cv->cr;
      double x = xc - (lx + lw / 2);

      if (halo_width > 0 && halo.a > 0)
        {
          cairo_antialias_t aa = cairo_get_antialias (cr);

          /* Stroking glyph outlines is the costly part of a label (about
           * 10x showing the glyphs): a coarser grid for the halo only. */
          if (cv->fast_halo)
            cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
          cairo_move_to (cr, x, y - ly);
          pango_cairo_layout_path (cr, pl);
          set_source (cr, halo);
          cairo_set_line_width (cr, halo_width);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
          cairo_set_antialias (cr, aa);
        }
      cairo_move_to (cr, x, y - ly);
      set_source (cr, fg);
      pango_cairo_show_layout (cr, pl);
      cairo_new_path (cr);
      return;
    }
  else
    {
      PangoLayoutIter *iter = pango_layout_get_iter (pl);

      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          int baseline = pango_layout_iter_get_baseline (iter);
          g_autofree char *part = g_strndup (text + line->start_index, line->length);
          g_autofree char *escaped = NULL;

          g_strchomp (part);
          if (*part == '\0')
            continue;
          escaped = g_markup_escape_text (part, -1);

          g_string_append (cv->svg, "<text");
          svg_attr_num (cv->svg, "x", xc);
          svg_attr_num (cv->svg, "y", y - ly + (double) baseline / PANGO_SCALE);
          g_string_append (cv->svg, " font-family=\"" ENT_LABEL_FONT_FAMILY ", DejaVu Sans, sans-serif\"");
          svg_attr_num (cv->svg, "font-size", font_size);
          if (bold)
            g_string_append (cv->svg, " font-weight=\"bold\"");
          g_string_append (cv->svg, " text-anchor=\"middle\"");
          svg_colour (cv->svg, "fill", fg);
          if (halo_width > 0 && halo.a > 0)
            {
              svg_colour (cv->svg, "stroke", halo);
              svg_attr_num (cv->svg, "stroke-width", halo_width);
              g_string_append (cv->svg, " stroke-linejoin=\"round\" paint-order=\"stroke\"");
            }
          g_string_append_c (cv->svg, '>');
          g_string_append (cv->svg, escaped);
          g_string_append (cv->svg, "</text>\n");
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

/* ------------------------------------------------------------------ */
/* Shapes */

#define KAPPA 0.5522847498

static void
path_ellipse (Canvas *cv, double cx, double cy, double a, double b)
{
  double ka = a * KAPPA, kb = b * KAPPA;

  cv_move_to (cv, cx + a, cy);
  cv_curve_to (cv, cx + a, cy + kb, cx + ka, cy + b, cx, cy + b);
  cv_curve_to (cv, cx - ka, cy + b, cx - a, cy + kb, cx - a, cy);
  cv_curve_to (cv, cx - a, cy - kb, cx - ka, cy - b, cx, cy - b);
  cv_curve_to (cv, cx + ka, cy - b, cx + a, cy - kb, cx + a, cy);
  cv_close (cv);
}

static void
path_rounded_rect (Canvas *cv, double x, double y, double w, double h, double r)
{
  double k = r * (1 - KAPPA);

  r = MIN (r, MIN (w, h) / 2);
  k = r * (1 - KAPPA);
  cv_move_to (cv, x + r, y);
  cv_line_to (cv, x + w - r, y);
  cv_curve_to (cv, x + w - k, y, x + w, y + k, x + w, y + r);
  cv_line_to (cv, x + w, y + h - r);
  cv_curve_to (cv, x + w, y + h - k, x + w - k, y + h, x + w - r, y + h);
  cv_line_to (cv, x + r, y + h);
  cv_curve_to (cv, x + k, y + h, x, y + h - k, x, y + h - r);
  cv_line_to (cv, x, y + r);
  cv_curve_to (cv, x, y + k, x + k, y, x + r, y);
  cv_close (cv);
}

static void
path_marker (Canvas *cv, EntActorType type, double cx, double cy, double w, double h)
{
  switch (type)
    {
    case ENT_ACTOR_STATE:
      path_rounded_rect (cv, cx - w / 2, cy - h / 2, w, h, MIN (w, h) * 0.22);
      break;
    case ENT_ACTOR_GROUP:
      cv_move_to (cv, cx, cy - h / 2);
      cv_line_to (cv, cx + w / 2, cy);
      cv_line_to (cv, cx, cy + h / 2);
      cv_line_to (cv, cx - w / 2, cy);
      cv_close (cv);
      break;
    case ENT_ACTOR_LEADER:
    case ENT_ACTOR_PERSON:
    case ENT_N_ACTOR_TYPES:
    default:
      path_ellipse (cv, cx, cy, w / 2, h / 2);
      break;
    }
}

/* ------------------------------------------------------------------ */
/* Drawing the graph */

typedef struct {
  const EntNetwork       *net;
  const EntLayout        *layout;
  const EntRenderOptions *o;
  Canvas                 *cv;
  double                  px;        /* device pixels per layout unit */
  double                  cx0, cy0, cx1, cy1;   /* visible region, layout units */
  gboolean                raster;    /* pixels (image, window), not PDF/SVG */
  double                  ui;        /* device units per user-interface pixel: the
                                      * HiDPI factor on images, 1 on recordings
                                      * (GTK replays them at the scale factor) */
} Draw;

/* Coarser antialiasing (cairo's 4x4 instead of its 256x15 grid) where
 * thousands of thin elements are drawn; vector surfaces ignore it. */
static void
set_antialias (Draw *dr, gboolean many)
{
  if (dr->cv->cr != NULL && dr->raster)
    cairo_set_antialias (dr->cv->cr, many ? CAIRO_ANTIALIAS_FAST : CAIRO_ANTIALIAS_DEFAULT);
}

static gboolean
relation_shown (const Draw *dr, guint r)
{
  const EntEdgeGeom *e;

  if (r >= dr->layout->n_edges || r >= dr->net->relations->len)
    return FALSE;
  e = &dr->layout->edges[r];
  return e->placed && e->n_points >= 4 &&
         (dr->o->relation_visible == NULL || dr->o->relation_visible[r]);
}

static gboolean
actor_shown (const Draw *dr, guint a)
{
  if (a >= dr->layout->n_nodes || a >= dr->net->actors->len)
    return FALSE;
  return dr->layout->nodes[a].placed &&
         (dr->o->actor_visible == NULL || dr->o->actor_visible[a]);
}

static gboolean
edge_in_view (const Draw *dr, const EntEdgeGeom *e, double pad)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  for (guint k = 0; k < e->n_points; k++)
    {
      x0 = MIN (x0, e->points[2 * k]);
      x1 = MAX (x1, e->points[2 * k]);
      y0 = MIN (y0, e->points[2 * k + 1]);
      y1 = MAX (y1, e->points[2 * k + 1]);
    }
  return !(x1 + pad < dr->cx0 || x0 - pad > dr->cx1 || y1 + pad < dr->cy0 || y0 - pad > dr->cy1);
}

static gboolean
node_in_view (const Draw *dr, const EntNodeGeom *n, gboolean with_label)
{
  double hw = (with_label ? MAX (n->w, n->label_w) : n->w) / 2 + HALO_WIDTH;
  double top = n->y - n->h / 2 - HALO_WIDTH;
  double bottom = n->y + n->h / 2 + (with_label ? ENT_LABEL_GAP + n->label_h : 0) + HALO_WIDTH;

  return !(n->x + hw < dr->cx0 || n->x - hw > dr->cx1 || bottom < dr->cy0 || top > dr->cy1);
}

static guint
width_bucket (const EntRelation *rel)
{
  guint w = ent_relation_weight (rel);
  guint b = 0;

  while (w >= 2 && b < N_WIDTH_BUCKETS - 1)
    {
      w /= 2;
      b++;
    }
  return b;
}

static double
bucket_width (guint bucket)
{
  return 1.1 + 0.9 * bucket;
}

static double
arrow_length (double width)
{
  return 6.0 + 1.6 * width;
}

/* Appends an edge's curve to the current path, shortened at the end by
 * @cut (for the arrowhead); straight segments as lines. */
static void
path_edge (Draw *dr, const EntEdgeGeom *e, double cut)
{
  Canvas *cv = dr->cv;
  const double *p = e->points;
  guint n = e->n_points;
  double tol = 0.35 / MAX (dr->px, 1e-6);   /* layout units for 0.35 device px */

  cv_move_to (cv, p[0], p[1]);
  for (guint k = 1; k + 2 < n; k += 3)
    {
      double x1 = p[2 * k], y1 = p[2 * k + 1];
      double x2 = p[2 * k + 2], y2 = p[2 * k + 3];
      double x3 = p[2 * k + 4], y3 = p[2 * k + 5];
      double x0 = p[2 * k - 2], y0 = p[2 * k - 1];
      double dx = x3 - x0, dy = y3 - y0, len = hypot (dx, dy);

      if (cut > 0 && k + 3 >= n)
        {
          /* Pull the end (and its control point) back along the tangent. */
          double tx = x3 - x2, ty = y3 - y2, tl = hypot (tx, ty);

          if (tl < 1e-6)
            {
              tx = x3 - x1; ty = y3 - y1; tl = hypot (tx, ty);
            }
          if (tl < 1e-6)
            {
              tx = dx; ty = dy; tl = len;
            }
          if (tl > 1e-6)
            {
              double c = MIN (cut, len * 0.9);
              x3 -= tx / tl * c;
              y3 -= ty / tl * c;
              x2 -= tx / tl * c;
              y2 -= ty / tl * c;
              dx = x3 - x0; dy = y3 - y0; len = hypot (dx, dy);
            }
        }

      if (len > 1e-9)
        {
          double d1 = fabs ((x1 - x0) * dy - (y1 - y0) * dx) / len;
          double d2 = fabs ((x2 - x0) * dy - (y2 - y0) * dx) / len;

          if (d1 < tol && d2 < tol)
            {
              cv_line_to (cv, x3, y3);
              continue;
            }
        }
      cv_curve_to (cv, x1, y1, x2, y2, x3, y3);
    }
}

static void
path_arrowhead (Draw *dr, const EntEdgeGeom *e, double width)
{
  const double *p = e->points;
  guint n = e->n_points;
  double x3 = p[2 * (n - 1)], y3 = p[2 * (n - 1) + 1];
  double tx = 0, ty = 0, tl = 0;
  double len = arrow_length (width), half = len * 0.42;

  for (int back = 2; back <= 3 && tl < 1e-6; back++)
    {
      tx = x3 - p[2 * (n - back)];
      ty = y3 - p[2 * (n - back) + 1];
      tl = hypot (tx, ty);
    }
  if (tl < 1e-6)
    {
      tx = x3 - p[0];
      ty = y3 - p[1];
      tl = hypot (tx, ty);
      if (tl < 1e-6)
        return;
    }
  tx /= tl;
  ty /= tl;

  cv_move_to (dr->cv, x3, y3);
  cv_line_to (dr->cv, x3 - tx * len - ty * half, y3 - ty * len + tx * half);
  cv_line_to (dr->cv, x3 - tx * len * 0.78, y3 - ty * len * 0.78);
  cv_line_to (dr->cv, x3 - tx * len + ty * half, y3 - ty * len - tx * half);
  cv_close (dr->cv);
}

/* Draws the shown relations (only those with @subset[r] when non-NULL),
 * one path per (polarity, width) style.  @extra widens every line (the
 * selection halo) and @colour_override replaces the colours when its
 * alpha is > 0. */
static void
draw_edges (Draw *dr, const gboolean *subset, double extra, EntRGBA colour_override)
{
  const EntNetwork *net = dr->net;
  const EntLayout *layout = dr->layout;
  guint n = MIN (layout->n_edges, net->relations->len);
  guint n_styles = ENT_N_POLARITIES * N_WIDTH_BUCKETS;
  g_autofree guint *style_of = g_new (guint, MAX (n, 1));
  g_autofree guint *count = g_new0 (guint, n_styles + 1);
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree guint *fill = NULL;
  double min_w = MIN_LINE_PX * dr->ui / MAX (dr->px, 1e-6);
  gboolean any_directed = FALSE;
  /* Arrowheads smaller than a few pixels are noise. */
  gboolean arrows = arrow_length (1.1) * dr->px >= ARROW_MIN_PX * dr->ui;
  EntRaster *ras = NULL;

  for (guint r = 0; r < n; r++)
    {
      const EntRelation *rel;
      const EntEdgeGeom *e = &layout->edges[r];
      guint pol;

      style_of[r] = G_MAXUINT;
      if ((subset != NULL && !subset[r]) || !relation_shown (dr, r))
        continue;
      rel = g_ptr_array_index (net->relations, r);
      pol = MIN ((guint) rel->polarity, ENT_N_POLARITIES - 1);
      if (!edge_in_view (dr, e, 8 + extra))
        continue;
      style_of[r] = pol * N_WIDTH_BUCKETS + width_bucket (rel);
      count[style_of[r] + 1]++;
      any_directed |= rel->directed;
    }

  /* Counting sort by style. */
  for (guint s = 1; s <= n_styles; s++)
    count[s] += count[s - 1];
  fill = g_memdup2 (count, sizeof (guint) * (n_styles + 1));
  for (guint r = 0; r < n; r++)
    if (style_of[r] != G_MAXUINT)
      order[fill[style_of[r]]++] = r;

  set_antialias (dr, count[n_styles] > MANY_ELEMENTS);
  if (dr->cv->cr)
    cairo_set_line_cap (dr->cv->cr, CAIRO_LINE_CAP_BUTT);
  if (dr->cv->cr && dr->raster && count[n_styles] > 0)
    ras = _ent_raster_begin (dr->cv->cr);

  for (guint s = 0; s < n_styles; s++)
    {
      EntPolarity pol = s / N_WIDTH_BUCKETS;
      double width = MAX (bucket_width (s % N_WIDTH_BUCKETS), min_w) + extra;
      EntRGBA colour = colour_override.a > 0 ? colour_override
                                             : ent_palette_polarity (&dr->o->palette, pol);
      double dashes[2] = { 4.0 + width, 3.0 + width };
      gboolean dashed = pol == ENT_POLARITY_NEUTRAL && extra == 0 &&
                        (dashes[0] + dashes[1]) * dr->px >= DASH_MIN_PX * dr->ui;
      guint in_path = 0;
      /* Lines up to a few pixels on an image surface: drawn directly (see
       * ent-render-raster.c); cairo for the rest. */
      gboolean direct = ras != NULL && width * dr->px <= DIRECT_MAX_PX;

      if (count[s] == count[s + 1])
        continue;

      if (direct)
        {
          dr->cv->ras = ras;
          dr->cv->to_raster = TRUE;
          for (guint i = count[s]; i < count[s + 1]; i++)
            {
              guint r = order[i];
              const EntRelation *rel = g_ptr_array_index (net->relations, r);

              path_edge (dr, &layout->edges[r],
                         rel->directed && arrows ? arrow_length (width - extra) * 0.7 : 0);
            }
          _ent_raster_stroke (ras, colour, width, dashed ? dashes : NULL, dashed ? 2 : 0);
          dr->cv->to_raster = FALSE;
          dr->cv->ras = NULL;
          continue;
        }

      /* One style, one colour and width; but cairo 1.16 rasterises a stroke
       * as one polygon, and thousands of long crossing lines in one polygon
       * make every scanline walk thousands of edges (measured 3x slower
       * than a few lines per stroke on the 8,000-relation benchmark).  So
       * cairo gets small batches; SVG gets one <path> per style. */
      for (guint i = count[s]; i < count[s + 1]; i++)
        {
          guint r = order[i];
          const EntRelation *rel = g_ptr_array_index (net->relations, r);

          path_edge (dr, &layout->edges[r],
                     rel->directed && arrows ? arrow_length (width - extra) * 0.7 : 0);
          if (dr->cv->cr && ++in_path == EDGE_CHUNK)
            {
              cv_stroke (dr->cv, colour, width, dashed ? dashes : NULL, dashed ? 2 : 0);
              in_path = 0;
            }
        }
      cv_stroke (dr->cv, colour, width, dashed ? dashes : NULL, dashed ? 2 : 0);
    }

  _ent_raster_end (ras);

  /* Arrowheads: one filled path per polarity. */
  if (any_directed && arrows)
    for (guint pol = 0; pol < ENT_N_POLARITIES; pol++)
      {
        EntRGBA colour = colour_override.a > 0 ? colour_override
                                               : with_alpha (ent_palette_polarity (&dr->o->palette, pol), 1);
        gboolean any = FALSE;

        for (guint s = pol * N_WIDTH_BUCKETS; s < (pol + 1) * N_WIDTH_BUCKETS; s++)
          for (guint i = count[s]; i < count[s + 1]; i++)
            {
              guint r = order[i];
              const EntRelation *rel = g_ptr_array_index (net->relations, r);

              if (!rel->directed)
                continue;
              path_arrowhead (dr, &layout->edges[r],
                              MAX (bucket_width (s % N_WIDTH_BUCKETS), min_w) + extra);
              any = TRUE;
            }
        if (any)
          cv_fill (dr->cv, colour);
      }
  set_antialias (dr, FALSE);
}

/* The shape of @type at the current device scale, centred in a small
 * premultiplied ARGB image. */
static cairo_surface_t *
marker_sprite (Draw *dr, EntActorType type, double outline)
{
  double w, h, px = dr->px;
  int sw, sh;
  cairo_surface_t *sprite;
  cairo_t *cr;
  Canvas cv = { NULL, NULL, NULL, dr->cv->pctx, FALSE, NULL, FALSE };

  _ent_render_marker_size (type, &w, &h);
  sw = 2 * (int) ceil ((w / 2 + outline) * px + 1);
  sh = 2 * (int) ceil ((h / 2 + outline) * px + 1);
  sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sw, sh);
  cr = cairo_create (sprite);
  cairo_translate (cr, sw / 2.0, sh / 2.0);
  cairo_scale (cr, px, px);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cv.cr = cr;
  path_marker (&cv, type, 0, 0, w, h);
  cv_paint (&cv, ent_palette_actor (&dr->o->palette, type),
            actor_outline (&dr->o->palette, type), outline, NULL, 0);
  cairo_destroy (cr);
  cairo_surface_flush (sprite);
  return sprite;
}

static void
draw_nodes (Draw *dr, const gboolean *subset)
{
  const EntNetwork *net = dr->net;
  const EntLayout *layout = dr->layout;
  guint n = MIN (layout->n_nodes, net->actors->len);
  double outline = MAX (1.0, 0.8 * dr->ui / MAX (dr->px, 1e-6));
  /* Outlines only where shapes are big enough to show them. */
  gboolean outlines = !dr->raster || 12 * dr->px >= OUTLINE_MIN_PX * dr->ui;
  guint in_view = 0;
  EntRaster *ras = NULL;

  /* On an image surface, small shapes are stamped from one sprite per
   * type (drawn by the same path code), at whole pixels. */
  if (dr->cv->cr && dr->raster && 24 * dr->px <= SPRITE_MAX_PX)
    ras = _ent_raster_begin (dr->cv->cr);
  if (ras != NULL)
    {
      for (guint t = 0; t < ENT_N_ACTOR_TYPES; t++)
        {
          cairo_surface_t *sprite = marker_sprite (dr, t, outlines ? outline : 0);

          for (guint i = 0; i < n; i++)
            {
              const EntActor *actor;
              const EntNodeGeom *node = &layout->nodes[i];

              if (subset != NULL && !subset[i])
                continue;
              actor = g_ptr_array_index (net->actors, i);
              if (actor->type != t || !actor_shown (dr, i))
                continue;
              if (!node_in_view (dr, node, FALSE))
                continue;
              if (node->w == 0 || node->h == 0)
                continue;
              _ent_raster_blit (ras, sprite, node->x, node->y);
            }
          cairo_surface_destroy (sprite);
        }
      _ent_raster_end (ras);
      return;
    }

  for (guint t = 0; t < ENT_N_ACTOR_TYPES; t++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < n; i++)
        {
          const EntActor *actor;
          const EntNodeGeom *node = &layout->nodes[i];

          if (subset != NULL && !subset[i])
            continue;
          actor = g_ptr_array_index (net->actors, i);
          if (actor->type != t || !actor_shown (dr, i))
            continue;
          if (!node_in_view (dr, node, FALSE))
            continue;
          if (in_view++ == MANY_ELEMENTS)
            set_antialias (dr, TRUE);
          path_marker (dr->cv, t, node->x, node->y, node->w, node->h);
          any = TRUE;
        }
      if (any)
        cv_paint (dr->cv, ent_palette_actor (&dr->o->palette, t),
                  actor_outline (&dr->o->palette, t), outlines ? outline : 0, NULL, 0);
    }
  set_antialias (dr, FALSE);
}

/* ------------------------------------------------------------------ */
/* Label sprites
 *
 * A label with its halo costs about 0.2-0.5 ms to draw (stroking the glyph
 * outlines is the expensive part), which adds up when the view redraws a
 * hover overlay with dozens of names or a zoomed picture with a hundred.
 * On pixel targets each label is drawn once per device size and colours
 * into a small image and then painted at whole device pixels.  PDF and SVG
 * always get real text. */

typedef struct {
  cairo_surface_t *surface;
  double           ax, ay;   /* the anchor (centre, top) inside the image */
  guint            used;     /* sprite_pass when last painted */
} Sprite;

/* Room for the labels of two zoom levels of a few thousand actors: wheel
 * zooming goes back and forth over the same levels (and font sizes). */
#define SPRITE_CACHE_BYTES (64u << 20)

static GMutex      sprite_lock;
static GHashTable *sprite_cache;   /* key string -> Sprite* */
static gsize       sprite_bytes;
static guint       sprite_pass;    /* draw_labels () calls */

static gsize
sprite_size (const Sprite *sp)
{
  return (gsize) cairo_image_surface_get_stride (sp->surface) *
         cairo_image_surface_get_height (sp->surface);
}

/* Over budget, the sprites not painted in the current pass go. */
static gboolean
sprite_stale_cb (gpointer key, gpointer value, gpointer user_data)
{
  Sprite *sp = value;

  if (sp->used == sprite_pass)
    return FALSE;
  sprite_bytes -= sprite_size (sp);
  return TRUE;
}

static void
sprite_free (gpointer data)
{
  Sprite *sp = data;

  cairo_surface_destroy (sp->surface);
  g_free (sp);
}

/* Pixels per device unit for label sprites, or 0 when sprites are not
 * used.  Image surfaces: their pixels are final (1).  Recordings (GTK's
 * cairo nodes) are replayed at the view's scale factor, which the view
 * passes as device_scale: sprites are drawn that much finer, so a HiDPI
 * replay is pixel-exact. */
static double
sprite_resolution (Draw *dr)
{
  cairo_surface_t *target;
  double sx, sy;

  if (dr->cv->cr == NULL || !dr->raster)
    return 0;
  target = cairo_get_target (dr->cv->cr);
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (sx != 1 || sy != 1)
    return 0;
  switch (cairo_surface_get_type (target))
    {
    case CAIRO_SURFACE_TYPE_IMAGE:
      return 1;
    case CAIRO_SURFACE_TYPE_RECORDING:
      return CLAMP (round (dr->o->device_scale), 1, 4);
    default:
      return 0;
    }
}

static Sprite *
sprite_render (PangoContext *pctx, const char *text, double font_px, double halo_px,
               EntRGBA fg, EntRGBA halo)
{
  g_autoptr(PangoLayout) pl = _ent_render_label_layout_new (pctx, font_px, FALSE,
                                                            ENT_LABEL_MAX_WIDTH * font_px /
                                                            ENT_LABEL_FONT_SIZE);
  PangoRectangle ink, logical;
  Canvas cv = { NULL, NULL, NULL, pctx, FALSE, NULL, FALSE };
  Sprite *sp = g_new0 (Sprite, 1);
  double lx, ly, pad = halo_px + 2;
  int w, h;
  cairo_t *cr;

  pango_layout_set_text (pl, text, -1);
  pango_layout_get_extents (pl, &ink, &logical);
  lx = MIN (ink.x, logical.x) / (double) PANGO_SCALE;
  ly = MIN (ink.y, logical.y) / (double) PANGO_SCALE;
  w = (int) ceil (MAX (ink.x + ink.width, logical.x + logical.width) / (double) PANGO_SCALE
                  - lx + 2 * pad);
  h = (int) ceil (MAX (ink.y + ink.height, logical.y + logical.height) / (double) PANGO_SCALE
                  - ly + 2 * pad);

  /* cv_text () puts the logical box's centre at xc and its top at y. */
  sp->ax = pad - lx + (logical.x + logical.width / 2.0) / PANGO_SCALE;
  sp->ay = pad - ly + logical.y / (double) PANGO_SCALE;
  sp->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (w, 1), MAX (h, 1));
  cr = cairo_create (sp->surface);
  cv.cr = cr;
  cv.fast_halo = FALSE;
  cv_text (&cv, pl, text, sp->ax, sp->ay, fg, halo, halo_px, font_px, FALSE);
  cairo_destroy (cr);
  cairo_surface_flush (sp->surface);
  return sp;
}

/* Paints the label's sprite; FALSE if it cannot (the caller draws text). */
static gboolean
draw_label_sprite (Draw *dr, double res, const char *text, double xc, double y, double font,
                   EntRGBA fg, EntRGBA halo, double halo_width)
{
  cairo_t *cr = dr->cv->cr;
  double font_px = round (font * dr->px * res * 4) / 4;   /* quarter pixels */
  double halo_px = halo_width * dr->px * res;
  g_autofree char *key = NULL;
  cairo_surface_t *surface = NULL;
  double ax = 0, ay = 0, dx = xc, dy = y;
  int w, h;

  if (font_px < 1 || font_px > 96)
    return FALSE;

  key = g_strdup_printf ("%.2f|%.2f|%08x%08x|%s", font_px, halo_px,
                         (guint) (fg.r * 255) << 16 | (guint) (fg.g * 255) << 8 | (guint) (fg.b * 255),
                         (guint) (halo.r * 255) << 24 | (guint) (halo.g * 255) << 16 |
                         (guint) (halo.b * 255) << 8 | (guint) (halo.a * 255), text);

  g_mutex_lock (&sprite_lock);
  if (sprite_cache == NULL)
    sprite_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, sprite_free);
  {
    Sprite *sp = g_hash_table_lookup (sprite_cache, key);

    if (sp == NULL)
      {
        sp = sprite_render (dr->cv->pctx, text, font_px, halo_px, fg, halo);
        if (sprite_bytes > SPRITE_CACHE_BYTES)
          g_hash_table_foreach_remove (sprite_cache, sprite_stale_cb, NULL);
        sprite_bytes += sprite_size (sp);
        g_hash_table_insert (sprite_cache, g_steal_pointer (&key), sp);
      }
    sp->used = sprite_pass;
    surface = cairo_surface_reference (sp->surface);
    ax = sp->ax;
    ay = sp->ay;
  }
  g_mutex_unlock (&sprite_lock);

  w = cairo_image_surface_get_width (surface);
  h = cairo_image_surface_get_height (surface);
  /* In sprite pixels, on whole pixels of the final image. */
  cairo_user_to_device (cr, &dx, &dy);
  dx = round (dx * res - ax);
  dy = round (dy * res - ay);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_scale (cr, 1 / res, 1 / res);
  cairo_set_source_surface (cr, surface, dx, dy);
  cairo_rectangle (cr, dx, dy, w, h);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
  return TRUE;
}

static void
draw_labels (Draw *dr, const gboolean *subset, double min_px)
{
  const EntNetwork *net = dr->net;
  const EntLayout *layout = dr->layout;
  guint n = MIN (layout->n_nodes, net->actors->len);
  double font = ENT_LABEL_FONT_SIZE;
  const EntPalette *pal = &dr->o->palette;
  g_autoptr(PangoLayout) pl = NULL;
  double sprites;

  if (font * dr->px < LABEL_MIN_PX * dr->ui && min_px <= 0)
    return;
  min_px *= dr->ui;
  if (min_px > 0 && font * dr->px < min_px)
    font = min_px / MAX (dr->px, 1e-6);

  pl = _ent_render_label_layout_new (dr->cv->pctx, font, FALSE,
                                     ENT_LABEL_MAX_WIDTH * font / ENT_LABEL_FONT_SIZE);
  sprites = sprite_resolution (dr);
  if (sprites > 0)
    {
      g_mutex_lock (&sprite_lock);
      sprite_pass++;
      g_mutex_unlock (&sprite_lock);
    }

  for (guint i = 0; i < n; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);
      const EntNodeGeom *node = &layout->nodes[i];
      g_autofree char *text = NULL;

      if ((subset != NULL && !subset[i]) || !actor_shown (dr, i))
        continue;
      if (font == ENT_LABEL_FONT_SIZE && !node_in_view (dr, node, TRUE))
        continue;
      text = _ent_render_label_text (actor->name);
      if (*text == '\0')
        continue;
      if (sprites > 0 && draw_label_sprite (dr, sprites, text, node->x, node->y + node->h / 2 + ENT_LABEL_GAP,
                                        font, pal->foreground, with_alpha (pal->background, 0.85),
                                        HALO_WIDTH * font / ENT_LABEL_FONT_SIZE))
        continue;
      cv_text (dr->cv, pl, text, node->x, node->y + node->h / 2 + ENT_LABEL_GAP,
               pal->foreground, with_alpha (pal->background, 0.85),
               HALO_WIDTH * font / ENT_LABEL_FONT_SIZE, font, FALSE);
    }
}

/* ------------------------------------------------------------------ */
/* Legend and title (device units) */

static const char *const type_names[ENT_N_ACTOR_TYPES] = { "State", "Leader", "Person", "Group" };
static const char *const polarity_names[ENT_N_POLARITIES] = { "Ally", "Hostile", "Neutral" };

static double
legend_column_width (PangoLayout *pl, const char *const *names, guint n)
{
  double w = 0;

  for (guint i = 0; i < n; i++)
    {
      double tw, th;
      _ent_render_measure_label (pl, names[i], &tw, &th);
      w = MAX (w, tw);
    }
  return LEGEND_SAMPLE + 6 + w;
}

static void
legend_metrics (PangoContext *ctx, double *col1, double *col2, double *w, double *h)
{
  g_autoptr(PangoLayout) pl = _ent_render_label_layout_new (ctx, ENT_LEGEND_FONT_SIZE, FALSE, 0);

  *col1 = legend_column_width (pl, type_names, ENT_N_ACTOR_TYPES);
  *col2 = legend_column_width (pl, polarity_names, ENT_N_POLARITIES);
  *w = LEGEND_PAD * 3 + *col1 + *col2;
  *h = LEGEND_PAD * 2 + LEGEND_ROW * ENT_N_ACTOR_TYPES;
}

void
_ent_render_legend_size (double *w, double *h)
{
  g_autoptr(EntPangoContext) ctx = _ent_render_measure_context_new ();
  double c1, c2;

  legend_metrics (ctx, &c1, &c2, w, h);
}

static void
draw_legend (Canvas *cv, const EntRenderOptions *o, double width, double height)
{
  const EntPalette *pal = &o->palette;
  g_autoptr(PangoLayout) pl = _ent_render_label_layout_new (cv->pctx, ENT_LEGEND_FONT_SIZE, FALSE, 0);
  double col1, col2, w, h, x0, y0;
  EntRGBA box = with_alpha (pal->background, 0.9);
  EntRGBA border = with_alpha (pal->foreground, 0.25);
  EntRGBA none = { 0, 0, 0, 0 };

  legend_metrics (cv->pctx, &col1, &col2, &w, &h);
  x0 = 8;
  y0 = height - h - 8;

  path_rounded_rect (cv, x0, y0, w, h, 5);
  cv_paint (cv, box, border, 1, NULL, 0);

  for (guint t = 0; t < ENT_N_ACTOR_TYPES; t++)
    {
      double mw, mh, cy = y0 + LEGEND_PAD + LEGEND_ROW * (t + 0.5);
      double k;

      _ent_render_marker_size (t, &mw, &mh);
      k = MIN (1.0, (LEGEND_ROW - 3) / MAX (mw, mh));
      path_marker (cv, t, x0 + LEGEND_PAD + LEGEND_SAMPLE / 2, cy, mw * k, mh * k);
      cv_paint (cv, ent_palette_actor (pal, t), actor_outline (pal, t), 1, NULL, 0);
      {
        double tw, th;
        _ent_render_measure_label (pl, type_names[t], &tw, &th);
        cv_text (cv, pl, type_names[t], x0 + LEGEND_PAD + LEGEND_SAMPLE + 6 + tw / 2,
                 cy - th / 2, pal->foreground, none, 0, ENT_LEGEND_FONT_SIZE, FALSE);
      }
    }

  for (guint p = 0; p < ENT_N_POLARITIES; p++)
    {
      double cy = y0 + LEGEND_PAD + LEGEND_ROW * (p + 0.5);
      double sx = x0 + LEGEND_PAD * 2 + col1;
      double dashes[2] = { 5, 4 };
      double tw, th;

      cv_move_to (cv, sx, cy);
      cv_line_to (cv, sx + LEGEND_SAMPLE, cy);
      cv_stroke (cv, ent_palette_polarity (pal, p), 2.5,
                 p == ENT_POLARITY_NEUTRAL ? dashes : NULL, p == ENT_POLARITY_NEUTRAL ? 2 : 0);
      _ent_render_measure_label (pl, polarity_names[p], &tw, &th);
      cv_text (cv, pl, polarity_names[p], sx + LEGEND_SAMPLE + 6 + tw / 2, cy - th / 2,
               pal->foreground, none, 0, ENT_LEGEND_FONT_SIZE, FALSE);
    }
}

static PangoLayout *
title_layout_new (PangoContext *ctx, double width)
{
  return _ent_render_label_layout_new (ctx, ENT_TITLE_FONT_SIZE, TRUE,
                                       MAX (width - 2 * TITLE_MARGIN, 50));
}

double
_ent_render_title_height (const char *title, double width)
{
  g_autoptr(EntPangoContext) ctx = NULL;
  g_autoptr(PangoLayout) pl = NULL;
  g_autofree char *text = NULL;
  double w, h;

  if (title == NULL || *title == '\0')
    return 0;
  ctx = _ent_render_measure_context_new ();
  pl = title_layout_new (ctx, width);
  text = _ent_render_label_text (title);
  _ent_render_measure_label (pl, text, &w, &h);
  return h + 2 * TITLE_MARGIN;
}

static void
draw_title (Canvas *cv, const EntRenderOptions *o, double width)
{
  g_autoptr(PangoLayout) pl = NULL;
  g_autofree char *text = NULL;

  if (o->title == NULL || *o->title == '\0')
    return;
  pl = title_layout_new (cv->pctx, width);
  text = _ent_render_label_text (o->title);
  cv_text (cv, pl, text, width / 2, TITLE_MARGIN, o->palette.foreground,
           with_alpha (o->palette.background, 0.85), 3, ENT_TITLE_FONT_SIZE, TRUE);
}

/* ------------------------------------------------------------------ */
/* Entry points */

static void
draw_setup (Draw *dr, Canvas *cv, const EntNetwork *net, const EntLayout *layout,
            const EntRenderOptions *o, double width, double height)
{
  double scale = o->scale > 0 ? o->scale : 1;

  memset (dr, 0, sizeof *dr);
  dr->net = net;
  dr->layout = layout;
  dr->o = o;
  dr->cv = cv;
  dr->raster = FALSE;
  if (cv->cr != NULL)
    {
      cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cv->cr));

      dr->raster = type != CAIRO_SURFACE_TYPE_PDF && type != CAIRO_SURFACE_TYPE_PS &&
                   type != CAIRO_SURFACE_TYPE_SVG;
    }
  cv->fast_halo = dr->raster;
  dr->ui = 1;
  if (cv->cr != NULL &&
      cairo_surface_get_type (cairo_get_target (cv->cr)) != CAIRO_SURFACE_TYPE_RECORDING)
    dr->ui = CLAMP (o->device_scale, 1, 4);

  /* Visible region in layout units: the clip, and the width x height area. */
  {
    double x0 = 0, y0 = 0, x1 = width, y1 = height;

    if (cv->cr)
      {
        double c0x, c0y, c1x, c1y;
        cairo_clip_extents (cv->cr, &c0x, &c0y, &c1x, &c1y);
        if (c1x > c0x && c1y > c0y)
          {
            x0 = MAX (x0, c0x);
            y0 = MAX (y0, c0y);
            x1 = MIN (x1, c1x);
            y1 = MIN (y1, c1y);
          }
      }
    dr->cx0 = (x0 - o->tx) / scale;
    dr->cy0 = (y0 - o->ty) / scale;
    dr->cx1 = (x1 - o->tx) / scale;
    dr->cy1 = (y1 - o->ty) / scale;
  }

  /* Device pixels per layout unit, through whatever transform the caller set. */
  if (cv->cr)
    {
      double dx = scale, dy = 0;
      cairo_user_to_device_distance (cv->cr, &dx, &dy);
      dr->px = hypot (dx, dy);
    }
  else
    dr->px = scale;
}

static void
draw_graph (Canvas *cv, const EntNetwork *net, const EntLayout *layout,
            const EntRenderOptions *o, double width, double height)
{
  Draw dr;
  EntRGBA none = { 0, 0, 0, 0 };

  if (!o->palette.transparent)
    {
      cv_move_to (cv, 0, 0);
      cv_line_to (cv, width, 0);
      cv_line_to (cv, width, height);
      cv_line_to (cv, 0, height);
      cv_close (cv);
      cv_fill (cv, with_alpha (o->palette.background, 1));
    }

  if (net != NULL && layout != NULL)
    {
      draw_setup (&dr, cv, net, layout, o, width, height);
      cv_push_transform (cv, o->scale > 0 ? o->scale : 1, o->tx, o->ty);
      draw_edges (&dr, NULL, 0, none);
      draw_nodes (&dr, NULL);
      draw_labels (&dr, NULL, 0);
      cv_pop_transform (cv);
    }

  draw_title (cv, o, width);
  if (o->draw_legend)
    draw_legend (cv, o, width, height);
}

static Canvas
cairo_canvas (cairo_t *cr)
{
  Canvas cv = { cr, NULL, NULL, _ent_render_measure_context_new (), FALSE, NULL, FALSE };
  return cv;
}

void
ent_render_graph (cairo_t *cr, const EntNetwork *net, const EntLayout *layout,
                  const EntRenderOptions *o, double width, double height)
{
  Canvas cv;

  g_return_if_fail (cr != NULL && o != NULL);

  cv = cairo_canvas (cr);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  draw_graph (&cv, net, layout, o, width, height);
  cairo_restore (cr);
  g_object_unref (cv.pctx);
}

void
_ent_render_graph_svg (GString *out, const EntNetwork *net, const EntLayout *layout,
                       const EntRenderOptions *o, double width, double height)
{
  Canvas cv = { NULL, out, g_string_new (NULL), _ent_render_measure_context_new (), FALSE,
                NULL, FALSE };

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (out, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  svg_attr_num (out, "width", width);
  svg_attr_num (out, "height", height);
  g_string_append (out, " viewBox=\"0 0 ");
  svg_num (out, width);
  g_string_append_c (out, ' ');
  svg_num (out, height);
  g_string_append (out, "\">\n");
  if (o->title != NULL && *o->title != '\0')
    {
      g_autofree char *text = _ent_render_label_text (o->title);
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_string_append_printf (out, "<title>%s</title>\n", escaped);
    }

  draw_graph (&cv, net, layout, o, width, height);

  g_string_append (out, "</svg>\n");
  g_string_free (cv.d, TRUE);
  g_object_unref (cv.pctx);
}

EntRGBA
ent_render_veil_colour (const EntRenderOptions *o)
{
  EntRGBA none = { 0, 0, 0, 0 };

  g_return_val_if_fail (o != NULL, none);
  return with_alpha (o->palette.background, VEIL_ALPHA);
}

double
ent_render_title_height (const char *title, double width)
{
  return _ent_render_title_height (title, width);
}

void
ent_render_legend_size (double *w, double *h)
{
  g_return_if_fail (w != NULL && h != NULL);
  _ent_render_legend_size (w, h);
}

void
ent_render_legend (cairo_t *cr, const EntRenderOptions *o, double width, double height)
{
  Canvas cv;

  g_return_if_fail (cr != NULL && o != NULL);

  cv = cairo_canvas (cr);
  cairo_save (cr);
  cairo_new_path (cr);
  draw_legend (&cv, o, width, height);
  cairo_restore (cr);
  g_object_unref (cv.pctx);
}

static int
weight_desc_cmp (gconstpointer a, gconstpointer b)
{
  const guint *x = a, *y = b;   /* { actor, weight } */

  if (x[1] != y[1])
    return x[1] > y[1] ? -1 : 1;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Which emphasised actors get a label: the focused ones and their
 * OVERLAY_LABELS neighbours with the most evidence (a hub's hundreds of
 * names would bury each other, and each costs a text halo).  The returned
 * mask replaces @emph_actor's contents. */
static const gboolean *
overlay_label_subset (Draw *dr, gboolean *emph_actor, const gboolean *emph_relation,
                      const int focus_actors[2], const int focus_relations[2])
{
  const EntNetwork *net = dr->net;
  guint n_actors = MIN (net->actors->len, dr->layout->n_nodes);
  guint n_relations = MIN (net->relations->len, dr->layout->n_edges);
  g_autofree guint *weight = g_new0 (guint, MAX (n_actors, 1));
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, 2 * sizeof (guint));
  guint n_emph = 0;

  for (guint i = 0; i < n_actors; i++)
    n_emph += emph_actor[i];
  if (n_emph <= OVERLAY_LABELS + 4)
    return emph_actor;

  for (guint r = 0; r < n_relations; r++)
    {
      const EntRelation *rel;
      guint w;

      if (!emph_relation[r])
        continue;
      rel = g_ptr_array_index (net->relations, r);
      w = ent_relation_weight (rel) + 1;
      weight[rel->source] = MAX (weight[rel->source], w);
      weight[rel->target] = MAX (weight[rel->target], w);
    }
  for (guint i = 0; i < n_actors; i++)
    if (emph_actor[i])
      {
        guint entry[2] = { i, weight[i] };
        g_array_append_val (ranked, entry);
      }
  g_array_sort (ranked, weight_desc_cmp);

  memset (emph_actor, 0, sizeof (gboolean) * n_actors);
  for (guint k = 0; k < ranked->len && k < OVERLAY_LABELS; k++)
    emph_actor[((guint *) ranked->data)[2 * k]] = TRUE;
  for (guint k = 0; k < 2; k++)
    {
      if (focus_actors[k] >= 0 && (guint) focus_actors[k] < n_actors)
        emph_actor[focus_actors[k]] = TRUE;
      if (focus_relations[k] >= 0 && (guint) focus_relations[k] < n_relations)
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, focus_relations[k]);
          if (rel->source < n_actors)
            emph_actor[rel->source] = TRUE;
          if (rel->target < n_actors)
            emph_actor[rel->target] = TRUE;
        }
    }
  return emph_actor;
}

static void
draw_veil (Canvas *cv, const EntRenderOptions *o, double width, double height)
{
  cv_move_to (cv, 0, 0);
  cv_line_to (cv, width, 0);
  cv_line_to (cv, width, height);
  cv_line_to (cv, 0, height);
  cv_close (cv);
  cv_fill (cv, with_alpha (o->palette.background, VEIL_ALPHA));
}

void
ent_render_veil (cairo_t *cr, const EntRenderOptions *o, double width, double height)
{
  Canvas cv;

  g_return_if_fail (cr != NULL && o != NULL);

  cv = cairo_canvas (cr);
  cairo_save (cr);
  cairo_new_path (cr);
  draw_veil (&cv, o, width, height);
  cairo_restore (cr);
  g_object_unref (cv.pctx);
}

/* The focused actors and relations (selection, hover) and what they
 * emphasise: an actor's relations and neighbours, a relation's ends.
 * The arrays are zeroed, actors->len and relations->len long.  FALSE when
 * nothing shown is focused. */
static gboolean
overlay_focus (Draw *dr, gboolean *emph_actor, gboolean *emph_relation, gboolean *focus_relation)
{
  const EntNetwork *net = dr->net;
  const EntRenderOptions *o = dr->o;
  guint n_actors = MIN (net->actors->len, dr->layout->n_nodes);
  guint n_relations = MIN (net->relations->len, dr->layout->n_edges);
  int focus_actors[2] = { o->selected_actor, o->hover_actor };
  int focus_relations[2] = { o->selected_relation, o->hover_relation };
  gboolean any_focus = FALSE;

  for (guint k = 0; k < 2; k++)
    {
      int a = focus_actors[k];
      int r = focus_relations[k];

      if (a >= 0 && (guint) a < n_actors && actor_shown (dr, a))
        {
          any_focus = TRUE;
          emph_actor[a] = TRUE;
          for (guint i = 0; i < n_relations; i++)
            {
              const EntRelation *rel = g_ptr_array_index (net->relations, i);

              if ((rel->source == (guint) a || rel->target == (guint) a) && relation_shown (dr, i))
                {
                  emph_relation[i] = TRUE;
                  if (rel->source < n_actors)
                    emph_actor[rel->source] = TRUE;
                  if (rel->target < n_actors)
                    emph_actor[rel->target] = TRUE;
                }
            }
        }
      if (r >= 0 && (guint) r < n_relations && relation_shown (dr, r))
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, r);

          any_focus = TRUE;
          emph_relation[r] = TRUE;
          focus_relation[r] = TRUE;
          if (rel->source < n_actors)
            emph_actor[rel->source] = TRUE;
          if (rel->target < n_actors)
            emph_actor[rel->target] = TRUE;
        }
    }

  return any_focus;
}

/* The hover and selection emphasis, in layout units (the view transform
 * pushed): a soft halo under the focused relations, then the emphasised
 * subset. */
static void
draw_emphasis (Draw *dr, gboolean *emph_actor, const gboolean *emph_relation,
               const gboolean *focus_relation, const int focus_actors[2],
               const int focus_relations[2])
{
  EntRGBA none = { 0, 0, 0, 0 };

  draw_edges (dr, focus_relation, 5.0 * dr->ui / MAX (dr->px, 1e-6) + 2,
              with_alpha (dr->o->palette.foreground, 0.28));
  draw_edges (dr, emph_relation, 0, none);
  draw_nodes (dr, emph_actor);
  draw_labels (dr, overlay_label_subset (dr, emph_actor, emph_relation, focus_actors,
                                         focus_relations),
               LABEL_EMPH_PX);
}

/* What the emphasis covers, in layout units: edges by their control
 * points (plus the halo), nodes with their labels at the emphasised size
 * and their rings.  Generous: a few pixels too many cost nothing.  FALSE
 * when nothing emphasised is shown. */
static gboolean
emphasis_bounds (Draw *dr, const gboolean *emph_actor, const gboolean *emph_relation,
                 double *bx0, double *by0, double *bx1, double *by1)
{
  const EntLayout *layout = dr->layout;
  double lx0 = G_MAXDOUBLE, ly0 = G_MAXDOUBLE, lx1 = -G_MAXDOUBLE, ly1 = -G_MAXDOUBLE;
  double px_per_unit, label_k, edge_pad;
  guint n_actors = MIN (dr->net->actors->len, layout->n_nodes);
  guint n_relations = MIN (dr->net->relations->len, layout->n_edges);

  px_per_unit = MAX (dr->px, 1e-6);
  label_k = MAX (1.0, LABEL_EMPH_PX * dr->ui / (ENT_LABEL_FONT_SIZE * px_per_unit));
  edge_pad = 5.0 * dr->ui / px_per_unit + 2 + bucket_width (N_WIDTH_BUCKETS - 1) +
             MIN_LINE_PX * dr->ui / px_per_unit + 8 * dr->ui / px_per_unit;
  for (guint r = 0; r < n_relations; r++)
    {
      const EntEdgeGeom *e = &layout->edges[r];

      if (!emph_relation[r] || !relation_shown (dr, r))
        continue;
      for (guint k = 0; k < e->n_points; k++)
        {
          lx0 = MIN (lx0, e->points[2 * k] - edge_pad);
          lx1 = MAX (lx1, e->points[2 * k] + edge_pad);
          ly0 = MIN (ly0, e->points[2 * k + 1] - edge_pad);
          ly1 = MAX (ly1, e->points[2 * k + 1] + edge_pad);
        }
    }
  for (guint i = 0; i < n_actors; i++)
    {
      const EntNodeGeom *n = &layout->nodes[i];
      /* The label's halo, and the ring (15 % wider than the shape). */
      double pad = (HALO_WIDTH + 2) * label_k + 8 * dr->ui / px_per_unit +
                   0.1 * MAX (n->w, n->h) + 1;
      double hw = MAX (n->w, 1.2 * n->label_w * label_k) / 2 + pad;

      if (!emph_actor[i] || !actor_shown (dr, i))
        continue;
      lx0 = MIN (lx0, n->x - hw);
      lx1 = MAX (lx1, n->x + hw);
      ly0 = MIN (ly0, n->y - n->h / 2 - pad);
      ly1 = MAX (ly1, n->y + n->h / 2 + (ENT_LABEL_GAP + 1.2 * n->label_h) * label_k + pad);
    }
  *bx0 = lx0;
  *by0 = ly0;
  *bx1 = lx1;
  *by1 = ly1;
  return lx0 <= lx1 && ly0 <= ly1;
}


/* On a recording surface (the view's GTK cairo node, replayed every frame)
 * the emphasis would be stroked by cairo's general rasteriser at each
 * replay: a hub's hundreds of long edges cost more than the frame budget.
 * Instead it is drawn once, with the image fast paths (direct thin lines,
 * stamped shapes, label sprites), into an image that covers only the
 * emphasised elements, at the replay's pixel density; the recording just
 * composites that image.  FALSE when the target is not such a recording
 * (the caller draws the emphasis directly). */
static gboolean
emphasis_offscreen (Draw *dr, gboolean *emph_actor, const gboolean *emph_relation,
                    const gboolean *focus_relation, const int focus_actors[2],
                    const int focus_relations[2], double width, double height)
{
  cairo_t *cr = dr->cv->cr;
  const EntLayout *layout = dr->layout;
  const EntRenderOptions *o = dr->o;
  cairo_surface_t *target, *image;
  cairo_matrix_t m;
  double sx, sy, res, scale = o->scale > 0 ? o->scale : 1;
  double lx0, ly0, lx1, ly1, c0x, c0y, c1x, c1y, x0, y0, x1, y1;
  int ix0, iy0, ix1, iy1;
  Canvas icv;
  Draw idr;
  cairo_t *icr;

  if (cr == NULL || !dr->raster)
    return FALSE;
  target = cairo_get_target (cr);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_RECORDING ||
      cairo_get_group_target (cr) != target || cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &m);
  if (sx != 1 || sy != 1 || m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.yy <= 0)
    return FALSE;
  res = CLAMP (round (o->device_scale), 1, 4);

  if (!emphasis_bounds (dr, emph_actor, emph_relation, &lx0, &ly0, &lx1, &ly1))
    return TRUE;   /* nothing emphasised is shown */

  /* To the caller's user units, clipped to the area and the clip... */
  x0 = lx0 * scale + o->tx;
  x1 = lx1 * scale + o->tx;
  y0 = ly0 * scale + o->ty;
  y1 = ly1 * scale + o->ty;
  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, width);
  y1 = MIN (y1, height);
  cairo_clip_extents (cr, &c0x, &c0y, &c1x, &c1y);
  if (c1x > c0x && c1y > c0y)
    {
      x0 = MAX (x0, c0x);
      y0 = MAX (y0, c0y);
      x1 = MIN (x1, c1x);
      y1 = MIN (y1, c1y);
    }
  if (x0 >= x1 || y0 >= y1)
    return TRUE;
  /* ... and to whole pixels of the replayed picture. */
  ix0 = (int) floor ((x0 * m.xx + m.x0) * res);
  iy0 = (int) floor ((y0 * m.yy + m.y0) * res);
  ix1 = (int) ceil ((x1 * m.xx + m.x0) * res);
  iy1 = (int) ceil ((y1 * m.yy + m.y0) * res);
  if (ix1 <= ix0 || iy1 <= iy0)
    return TRUE;

  image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ix1 - ix0, iy1 - iy0);
  icr = cairo_create (image);
  cairo_translate (icr, -ix0, -iy0);
  cairo_scale (icr, res, res);
  cairo_transform (icr, &m);
  cairo_set_line_join (icr, CAIRO_LINE_JOIN_ROUND);
  icv = (Canvas) { icr, NULL, NULL, dr->cv->pctx, FALSE, NULL, FALSE };
  draw_setup (&idr, &icv, dr->net, layout, o, width, height);
  /* An image at the replay's density: its interface pixels are res pixels,
   * as for the recording replayed at that scale. */
  idr.ui = dr->ui * res;
  cv_push_transform (&icv, scale, o->tx, o->ty);
  draw_emphasis (&idr, emph_actor, emph_relation, focus_relation, focus_actors,
                 focus_relations);
  cv_pop_transform (&icv);
  cairo_destroy (icr);
  cairo_surface_flush (image);

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_scale (cr, 1 / res, 1 / res);
  cairo_set_source_surface (cr, image, ix0, iy0);
  cairo_rectangle (cr, ix0, iy0, ix1 - ix0, iy1 - iy0);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_surface_destroy (image);
  return TRUE;
}

void
ent_render_overlay (cairo_t *cr, const EntNetwork *net, const EntLayout *layout,
                    const EntRenderOptions *o, double width, double height)
{
  guint n_actors, n_relations;
  g_autofree gboolean *emph_actor = NULL;
  g_autofree gboolean *emph_relation = NULL;
  g_autofree gboolean *focus_relation = NULL;
  gboolean any_focus = FALSE;
  int focus_actors[2];
  int focus_relations[2];
  Canvas cv;
  Draw dr;

  g_return_if_fail (cr != NULL && o != NULL);
  if (net == NULL || layout == NULL)
    return;

  n_actors = MIN (net->actors->len, layout->n_nodes);
  n_relations = MIN (net->relations->len, layout->n_edges);
  emph_actor = g_new0 (gboolean, MAX (n_actors, 1));
  emph_relation = g_new0 (gboolean, MAX (n_relations, 1));
  focus_relation = g_new0 (gboolean, MAX (n_relations, 1));

  focus_actors[0] = o->selected_actor;
  focus_actors[1] = o->hover_actor;
  focus_relations[0] = o->selected_relation;
  focus_relations[1] = o->hover_relation;

  cv = cairo_canvas (cr);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  draw_setup (&dr, &cv, net, layout, o, width, height);

  any_focus = overlay_focus (&dr, emph_actor, emph_relation, focus_relation);

  if (any_focus && !o->veil_cached)
    draw_veil (&cv, o, width, height);

  if (any_focus && !emphasis_offscreen (&dr, emph_actor, emph_relation, focus_relation,
                                        focus_actors, focus_relations, width, height))
    {
      cv_push_transform (&cv, o->scale > 0 ? o->scale : 1, o->tx, o->ty);
      draw_emphasis (&dr, emph_actor, emph_relation, focus_relation, focus_actors,
                     focus_relations);
      cv_pop_transform (&cv);
    }

  cv_push_transform (&cv, o->scale > 0 ? o->scale : 1, o->tx, o->ty);

  /* Rings: the selected and hovered actors, and search hits. */
  for (guint i = 0; i < n_actors; i++)
    {
      const EntNodeGeom *node = &layout->nodes[i];
      gboolean selected = (int) i == o->selected_actor;
      gboolean hovered = (int) i == o->hover_actor;
      gboolean hit = o->search_hits != NULL && o->search_hits[i];
      double pad = 3.0 * dr.ui / MAX (dr.px, 1e-6) + 1;

      if (!(selected || hovered || hit) || !actor_shown (&dr, i))
        continue;
      path_ellipse (&cv, node->x, node->y, node->w / 2 * 1.15 + pad, node->h / 2 * 1.15 + pad);
      if (hit && !selected && !hovered)
        {
          double dashes[2] = { 3.0 * dr.ui / dr.px, 2.0 * dr.ui / dr.px };
          cv_stroke (&cv, rgb (0xE69F00, 1), 2.5 * dr.ui / MAX (dr.px, 1e-6), dashes, 2);
        }
      else
        cv_stroke (&cv, with_alpha (o->palette.foreground, selected ? 0.9 : 0.55),
                   (selected ? 2.5 : 1.8) * dr.ui / MAX (dr.px, 1e-6), NULL, 0);
    }

  cv_pop_transform (&cv);

  if (any_focus)
    {
      draw_title (&cv, o, width);
      if (o->draw_legend)
        draw_legend (&cv, o, width, height);
    }

  cairo_restore (cr);
  g_object_unref (cv.pctx);
}

gboolean
ent_render_overlay_extents (const EntNetwork *net, const EntLayout *layout,
                            const EntRenderOptions *o, double width, double height,
                            double *x, double *y, double *w, double *h)
{
  g_autofree gboolean *emph_actor = NULL;
  g_autofree gboolean *emph_relation = NULL;
  g_autofree gboolean *focus_relation = NULL;
  double lx0 = G_MAXDOUBLE, ly0 = G_MAXDOUBLE, lx1 = -G_MAXDOUBLE, ly1 = -G_MAXDOUBLE;
  double scale, x0, y0, x1, y1;
  gboolean any_focus, any = FALSE;
  Canvas cv = { NULL, NULL, NULL, NULL, FALSE, NULL, FALSE };
  Draw dr;

  g_return_val_if_fail (o != NULL && x != NULL && y != NULL && w != NULL && h != NULL, FALSE);
  *x = *y = *w = *h = 0;
  if (net == NULL || layout == NULL || width <= 0 || height <= 0)
    return FALSE;

  emph_actor = g_new0 (gboolean, MAX (net->actors->len, 1));
  emph_relation = g_new0 (gboolean, MAX (net->relations->len, 1));
  focus_relation = g_new0 (gboolean, MAX (net->relations->len, 1));
  draw_setup (&dr, &cv, net, layout, o, width, height);
  /* As for the view's recording: interface pixels are device_scale units. */
  dr.ui = CLAMP (o->device_scale, 1, 4);
  any_focus = overlay_focus (&dr, emph_actor, emph_relation, focus_relation);

  /* The veil, the title and the legend: the whole area. */
  if (any_focus && (!o->veil_cached || o->draw_legend || (o->title != NULL && *o->title)))
    {
      *w = width;
      *h = height;
      return TRUE;
    }

  if (any_focus)
    any = emphasis_bounds (&dr, emph_actor, emph_relation, &lx0, &ly0, &lx1, &ly1);

  /* Rings of search hits (the focused actors' rings are in the emphasis). */
  if (o->search_hits != NULL)
    for (guint i = 0; i < MIN (net->actors->len, layout->n_nodes); i++)
      {
        const EntNodeGeom *n = &layout->nodes[i];
        double pad = 6.0 * dr.ui / MAX (dr.px, 1e-6) + 2;

        if (!o->search_hits[i] || !actor_shown (&dr, i))
          continue;
        lx0 = MIN (lx0, n->x - n->w / 2 * 1.15 - pad);
        lx1 = MAX (lx1, n->x + n->w / 2 * 1.15 + pad);
        ly0 = MIN (ly0, n->y - n->h / 2 * 1.15 - pad);
        ly1 = MAX (ly1, n->y + n->h / 2 * 1.15 + pad);
        any = TRUE;
      }
  if (!any)
    return FALSE;

  scale = o->scale > 0 ? o->scale : 1;
  x0 = MAX (0, floor (lx0 * scale + o->tx));
  y0 = MAX (0, floor (ly0 * scale + o->ty));
  x1 = MIN (width, ceil (lx1 * scale + o->tx));
  y1 = MIN (height, ceil (ly1 * scale + o->ty));
  if (x0 >= x1 || y0 >= y1)
    return FALSE;
  *x = x0;
  *y = y0;
  *w = x1 - x0;
  *h = y1 - y0;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Fit and hit-testing */

void
ent_render_fit (const EntLayout *layout, double width, double height, double margin,
                double *scale, double *tx, double *ty)
{
  double lw = layout ? layout->width : 0;
  double lh = layout ? layout->height : 0;
  double x0 = layout ? layout->x0 : 0;
  double y0 = layout ? layout->y0 : 0;
  double aw = MAX (width - 2 * margin, 1);
  double ah = MAX (height - 2 * margin, 1);
  double s;

  if (lw <= 0 || lh <= 0)
    s = 1;
  else
    s = MIN (aw / lw, ah / lh);

  if (scale)
    *scale = s;
  if (tx)
    *tx = width / 2 - (x0 + lw / 2) * s;
  if (ty)
    *ty = height / 2 - (y0 + lh / 2) * s;
}

int
ent_render_hit_actor (const EntNetwork *net, const EntLayout *layout,
                      const gboolean *actor_visible, double x, double y, double radius)
{
  int best = -1;
  double best_d = G_MAXDOUBLE;
  guint n;

  g_return_val_if_fail (net != NULL && layout != NULL, -1);

  n = MIN (net->actors->len, layout->n_nodes);
  for (guint i = 0; i < n; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);
      const EntNodeGeom *node = &layout->nodes[i];
      double dx = x - node->x, dy = y - node->y, d = hypot (dx, dy), score = G_MAXDOUBLE;

      if (!node->placed || (actor_visible != NULL && !actor_visible[i]))
        continue;

      if (d <= _ent_render_marker_radius (actor->type, node->w, node->h, dx, dy) + radius)
        score = d;
      else
        {
          /* The label counts as part of the actor. */
          double top = node->y + node->h / 2 + ENT_LABEL_GAP;

          if (fabs (dx) <= node->label_w / 2 + radius &&
              y >= top - radius && y <= top + node->label_h + radius)
            score = 1000 + d;
        }
      if (score < best_d)
        {
          best_d = score;
          best = (int) i;
        }
    }
  return best;
}

static double
segment_distance (double px, double py, double ax, double ay, double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;

  t = CLAMP (t, 0.0, 1.0);
  return hypot (px - (ax + t * dx), py - (ay + t * dy));
}

#define FLATTEN_STEPS 24

static double
curve_distance (const EntEdgeGeom *e, double x, double y, double give_up)
{
  double best = G_MAXDOUBLE;

  for (guint k = 0; k + 3 < e->n_points; k += 3)
    {
      const double *p = e->points + 2 * k;
      double bx0 = MIN (MIN (p[0], p[2]), MIN (p[4], p[6]));
      double bx1 = MAX (MAX (p[0], p[2]), MAX (p[4], p[6]));
      double by0 = MIN (MIN (p[1], p[3]), MIN (p[5], p[7]));
      double by1 = MAX (MAX (p[1], p[3]), MAX (p[5], p[7]));
      double px = p[0], py = p[1];

      /* The curve lies in its control hull: skip far segments. */
      if (x < bx0 - give_up || x > bx1 + give_up || y < by0 - give_up || y > by1 + give_up)
        continue;

      for (int s = 1; s <= FLATTEN_STEPS; s++)
        {
          double t = (double) s / FLATTEN_STEPS, u = 1 - t;
          double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
          double qx = a * p[0] + b * p[2] + c * p[4] + d * p[6];
          double qy = a * p[1] + b * p[3] + c * p[5] + d * p[7];

          best = MIN (best, segment_distance (x, y, px, py, qx, qy));
          px = qx;
          py = qy;
        }
    }
  return best;
}

double
ent_render_edge_distance (const EntLayout *layout, guint relation, double x, double y)
{
  g_return_val_if_fail (layout != NULL, G_MAXDOUBLE);

  if (relation >= layout->n_edges || !layout->edges[relation].placed ||
      layout->edges[relation].n_points < 4)
    return G_MAXDOUBLE;
  return curve_distance (&layout->edges[relation], x, y, G_MAXDOUBLE / 4);
}

typedef struct {
  guint  index;
  double distance;
} Hit;

static int
hit_cmp (gconstpointer a, gconstpointer b)
{
  const Hit *ha = a, *hb = b;

  if (ha->distance != hb->distance)
    return ha->distance < hb->distance ? -1 : 1;
  return ha->index < hb->index ? -1 : ha->index > hb->index;
}

int
ent_render_hit_relation (const EntNetwork *net, const EntLayout *layout,
                         const gboolean *relation_visible, double x, double y,
                         double radius, guint skip, guint *n_hits)
{
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  guint n;

  if (n_hits)
    *n_hits = 0;
  g_return_val_if_fail (net != NULL && layout != NULL, -1);

  n = MIN (net->relations->len, layout->n_edges);
  for (guint r = 0; r < n; r++)
    {
      const EntEdgeGeom *e = &layout->edges[r];
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      double tolerance = radius + bucket_width (width_bucket (rel)) / 2;
      Hit hit;

      if (!e->placed || e->n_points < 4 || (relation_visible != NULL && !relation_visible[r]))
        continue;
      hit.distance = curve_distance (e, x, y, tolerance);
      if (hit.distance > tolerance)
        continue;
      hit.index = r;
      g_array_append_val (hits, hit);
    }

  if (n_hits)
    *n_hits = hits->len;
  if (hits->len == 0)
    return -1;

  g_array_sort (hits, hit_cmp);
  return (int) g_array_index (hits, Hit, skip % hits->len).index;
}
