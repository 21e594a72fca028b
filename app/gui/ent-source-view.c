/* ent-source-view.c: article text, evidence highlight and clickable mentions. */
#define G_LOG_DOMAIN "entente-source"
#include "config.h"

#include <glib/gi18n.h>

#include "ent-source-view.h"

typedef struct {
  int   start;   /* character offsets in the buffer */
  int   end;
  guint actor;
} MentionRange;

struct _EntSourceView
{
  GtkWidget      parent_instance;

  GtkWidget     *box;
  GtkLabel      *title;
  GtkWidget     *scrolled;
  GtkTextView   *text_view;
  GtkTextBuffer *buffer;
  GtkTextTag    *highlight_tag;
  GtkTextTag    *mention_tag;
  GtkTextMark   *highlight_mark;
  GArray        *mentions;
  int            doc;
  int            hl_start;
  int            hl_end;
};

enum {
  ACTOR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntSourceView, ent_source_view, GTK_TYPE_WIDGET)

static int
mention_compare (gconstpointer a, gconstpointer b)
{
  const MentionRange *ma = a, *mb = b;

  return ma->start < mb->start ? -1 : ma->start > mb->start ? 1 : 0;
}

/* Converts increasing byte offsets to character offsets in one pass. */
typedef struct {
  const char *text;
  gsize       len;
  gsize       byte;
  int         chars;
} OffsetCursor;

static int
cursor_to_chars (OffsetCursor *c, gsize byte)
{
  if (byte > c->len)
    byte = c->len;
  if (byte < c->byte)
    {
      c->byte = 0;
      c->chars = 0;
    }
  while (c->byte < byte)
    {
      c->byte = (gsize) (g_utf8_next_char (c->text + c->byte) - c->text);
      c->chars++;
    }
  return c->chars;
}

typedef struct {
  gsize start, end;
  guint actor;
} ByteMention;

static int
byte_mention_compare (gconstpointer a, gconstpointer b)
{
  const ByteMention *ma = a, *mb = b;

  return ma->start < mb->start ? -1 : ma->start > mb->start ? 1 : 0;
}

void
ent_source_view_show (EntSourceView *self, const EntNetwork *net, guint doc_index,
                      gssize start, gssize end)
{
  const EntDocument *doc;
  GtkTextIter a, b;
  g_autoptr(GArray) bytes = g_array_new (FALSE, FALSE, sizeof (ByteMention));
  OffsetCursor cursor;

  g_return_if_fail (ENT_IS_SOURCE_VIEW (self));
  g_return_if_fail (doc_index < net->documents->len);

  doc = g_ptr_array_index (net->documents, doc_index);
  if (doc->text == NULL)
    {
      ent_source_view_clear (self);
      self->doc = (int) doc_index;
      gtk_label_set_text (self->title, doc->title ? doc->title : doc->path ? doc->path : _("Untitled"));
      gtk_text_buffer_set_text (self->buffer,
                                _("The text of this document is not part of the map file. "
                                  "Open the article itself, or a project, to read it here."), -1);
      return;
    }

  if (self->doc != (int) doc_index ||
      gtk_text_buffer_get_char_count (self->buffer) != (int) g_utf8_strlen (doc->text, (gssize) doc->len))
    {
      g_autofree char *title = NULL;

      self->doc = (int) doc_index;
      gtk_text_buffer_set_text (self->buffer, doc->text ? doc->text : "", (int) doc->len);
      title = g_strdup (doc->title ? doc->title : doc->path ? doc->path : _("Untitled"));
      gtk_label_set_text (self->title, title);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->title), doc->path);

      /* Underline every actor mention in this document. */
      g_array_set_size (self->mentions, 0);
      for (guint i = 0; i < net->actors->len; i++)
        {
          const EntActor *actor = g_ptr_array_index (net->actors, i);

          for (guint m = 0; actor->mentions && m < actor->mentions->len; m++)
            {
              const EntMention *mention = &g_array_index (actor->mentions, EntMention, m);
              ByteMention bm = { mention->start, mention->end, i };

              if (mention->doc == doc_index && mention->end > mention->start && mention->end <= doc->len)
                g_array_append_val (bytes, bm);
            }
        }
      g_array_sort (bytes, byte_mention_compare);
      cursor = (OffsetCursor) { doc->text, doc->len, 0, 0 };
      for (guint i = 0; i < bytes->len; i++)
        {
          const ByteMention *bm = &g_array_index (bytes, ByteMention, i);
          MentionRange mr;

          mr.start = cursor_to_chars (&cursor, bm->start);
          mr.end = cursor_to_chars (&cursor, bm->end);
          mr.actor = bm->actor;
          g_array_append_val (self->mentions, mr);
          gtk_text_buffer_get_iter_at_offset (self->buffer, &a, mr.start);
          gtk_text_buffer_get_iter_at_offset (self->buffer, &b, mr.end);
          gtk_text_buffer_apply_tag (self->buffer, self->mention_tag, &a, &b);
        }
      g_array_sort (self->mentions, mention_compare);
    }

  gtk_text_buffer_get_bounds (self->buffer, &a, &b);
  gtk_text_buffer_remove_tag (self->buffer, self->highlight_tag, &a, &b);
  self->hl_start = self->hl_end = -1;

  if (start >= 0 && end > start && (gsize) end <= doc->len)
    {
      cursor = (OffsetCursor) { doc->text, doc->len, 0, 0 };
      self->hl_start = cursor_to_chars (&cursor, (gsize) start);
      self->hl_end = cursor_to_chars (&cursor, (gsize) end);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &a, self->hl_start);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &b, self->hl_end);
      gtk_text_buffer_apply_tag (self->buffer, self->highlight_tag, &a, &b);
      gtk_text_buffer_place_cursor (self->buffer, &a);
      gtk_text_buffer_move_mark (self->buffer, self->highlight_mark, &a);
      gtk_text_view_scroll_to_mark (self->text_view, self->highlight_mark, 0.05, TRUE, 0.0, 0.3);
    }
}

void
ent_source_view_clear (EntSourceView *self)
{
  g_return_if_fail (ENT_IS_SOURCE_VIEW (self));

  self->doc = -1;
  self->hl_start = self->hl_end = -1;
  g_array_set_size (self->mentions, 0);
  gtk_text_buffer_set_text (self->buffer, "", 0);
  gtk_label_set_text (self->title, _("Source text"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title), NULL);
}

int
ent_source_view_get_document (EntSourceView *self)
{
  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), -1);
  return self->doc;
}

char *
ent_source_view_dup_highlight (EntSourceView *self)
{
  GtkTextIter a, b;

  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), NULL);
  if (self->hl_start < 0)
    return NULL;
  gtk_text_buffer_get_iter_at_offset (self->buffer, &a, self->hl_start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &b, self->hl_end);
  return gtk_text_buffer_get_text (self->buffer, &a, &b, FALSE);
}

gboolean
ent_source_view_highlight_is_visible (EntSourceView *self)
{
  GdkRectangle visible, location;
  GtkTextIter iter;

  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), FALSE);
  if (self->hl_start < 0 || !gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    return FALSE;
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, self->hl_start);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);
  return location.y + location.height > visible.y && location.y < visible.y + visible.height;
}

GtkTextView *
ent_source_view_get_text_view (EntSourceView *self)
{
  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), NULL);
  return self->text_view;
}

int
ent_source_view_actor_at_offset (EntSourceView *self, int offset)
{
  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), -1);

  /* mentions are sorted by start; few per document, a scan is enough */
  for (guint i = 0; i < self->mentions->len; i++)
    {
      const MentionRange *m = &g_array_index (self->mentions, MentionRange, i);

      if (m->start > offset)
        break;
      if (offset >= m->start && offset < m->end)
        return (int) m->actor;
    }
  return -1;
}

guint
ent_source_view_get_n_mentions (EntSourceView *self)
{
  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), 0);
  return self->mentions->len;
}

gboolean
ent_source_view_get_mention_point (EntSourceView *self, guint i, double *x, double *y, guint *actor)
{
  const MentionRange *m;
  GtkTextIter iter;
  GdkRectangle loc, visible;
  int wx, wy;
  graphene_point_t p;

  g_return_val_if_fail (ENT_IS_SOURCE_VIEW (self), FALSE);
  if (i >= self->mentions->len || !gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    return FALSE;
  m = &g_array_index (self->mentions, MentionRange, i);
  /* the middle of the mention's first character: never past a line wrap */
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter, m->start);
  gtk_text_view_get_iter_location (self->text_view, &iter, &loc);
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if (loc.y < visible.y || loc.y + loc.height > visible.y + visible.height)
    return FALSE;
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         loc.x + loc.width / 2, loc.y + loc.height / 2, &wx, &wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (wx, wy), &p))
    return FALSE;
  *x = p.x;
  *y = p.y;
  *actor = m->actor;
  return TRUE;
}

static int
actor_at_point (EntSourceView *self, double x, double y)
{
  int bx, by;
  GtkTextIter iter;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return -1;
  return ent_source_view_actor_at_offset (self, gtk_text_iter_get_offset (&iter));
}

static void
click_released_cb (GtkGestureClick *gesture, int n_press, double x, double y, EntSourceView *self)
{
  int actor;

  if (n_press != 1 || gtk_text_buffer_get_has_selection (self->buffer))
    return;
  actor = actor_at_point (self, x, y);
  if (actor >= 0)
    g_signal_emit (self, signals[ACTOR_ACTIVATED], 0, (guint) actor);
}

static void
motion_cb (GtkEventControllerMotion *motion, double x, double y, EntSourceView *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->text_view),
                                   actor_at_point (self, x, y) >= 0 ? "pointer" : "text");
}

static gboolean
key_pressed_cb (GtkEventControllerKey *key, guint keyval, guint keycode,
                GdkModifierType state, EntSourceView *self)
{
  GtkTextIter iter;
  int actor;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  actor = ent_source_view_actor_at_offset (self, gtk_text_iter_get_offset (&iter));
  if (actor < 0)
    return FALSE;
  g_signal_emit (self, signals[ACTOR_ACTIVATED], 0, (guint) actor);
  return TRUE;
}

static void
ent_source_view_dispose (GObject *object)
{
  EntSourceView *self = ENT_SOURCE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (ent_source_view_parent_class)->dispose (object);
}

static void
ent_source_view_finalize (GObject *object)
{
  EntSourceView *self = ENT_SOURCE_VIEW (object);

  g_array_unref (self->mentions);
  G_OBJECT_CLASS (ent_source_view_parent_class)->finalize (object);
}

static void
ent_source_view_class_init (EntSourceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_source_view_dispose;
  object_class->finalize = ent_source_view_finalize;

  signals[ACTOR_ACTIVATED] =
    g_signal_new ("actor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourceview");
}

static void
ent_source_view_init (EntSourceView *self)
{
  GtkEventController *controller;

  self->mentions = g_array_new (FALSE, FALSE, sizeof (MentionRange));
  self->doc = -1;
  self->hl_start = self->hl_end = -1;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "source-title");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title));

  self->scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->scrolled);

  self->text_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->text_view, FALSE);
  gtk_text_view_set_cursor_visible (self->text_view, TRUE);
  gtk_text_view_set_wrap_mode (self->text_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->text_view, 12);
  gtk_text_view_set_right_margin (self->text_view, 12);
  gtk_text_view_set_top_margin (self->text_view, 8);
  gtk_text_view_set_bottom_margin (self->text_view, 8);
  gtk_text_view_set_pixels_below_lines (self->text_view, 2);
  gtk_widget_add_css_class (GTK_WIDGET (self->text_view), "source-text");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->text_view));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Source text"), -1);

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  /* Theme-neutral colours: translucent so they read on light and dark. */
  self->highlight_tag = gtk_text_buffer_create_tag (self->buffer, "evidence",
                                                    "background", "rgba(240,192,64,0.40)",
                                                    "weight", PANGO_WEIGHT_SEMIBOLD,
                                                    NULL);
  self->mention_tag = gtk_text_buffer_create_tag (self->buffer, "mention",
                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                  NULL);
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (self->buffer, &start);
    self->highlight_mark = gtk_text_buffer_create_mark (self->buffer, "evidence", &start, TRUE);
  }

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (controller, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  ent_source_view_clear (self);
}

GtkWidget *
ent_source_view_new (void)
{
  return g_object_new (ENT_TYPE_SOURCE_VIEW, NULL);
}
