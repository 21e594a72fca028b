/* ent-evidence-panel.c: evidence sentences of a relation, details of an actor. */
#define G_LOG_DOMAIN "entente-panel"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ent-evidence-panel.h"

struct _EntEvidencePanel
{
  GtkWidget   parent_instance;

  GtkWidget  *scrolled;
  GtkWidget  *content;
  GPtrArray  *evidence_buttons;
  GString    *text;
  int         relation;
  int         actor;
};

enum {
  EVIDENCE_ACTIVATED,
  ACTOR_ACTIVATED,
  RELATION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntEvidencePanel, ent_evidence_panel, GTK_TYPE_WIDGET)

/* ---- markup ---------------------------------------------------------- */

typedef struct {
  gsize start, end;
  int   role;   /* 0: source actor, 1: target actor, 2: cue */
} Span;

static int
span_compare (gconstpointer a, gconstpointer b)
{
  const Span *sa = a, *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  /* longer first, so the outer span wins */
  return sa->end > sb->end ? -1 : sa->end < sb->end ? 1 : 0;
}

static void
add_matches (GArray *spans, const char *text, const char *needle, int role)
{
  gsize nlen;
  const char *p = text;

  if (needle == NULL || *needle == '\0')
    return;
  nlen = strlen (needle);
  while ((p = strstr (p, needle)) != NULL)
    {
      Span s = { (gsize) (p - text), (gsize) (p - text) + nlen, role };
      gboolean word_start = p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean word_end = !g_unichar_isalnum (g_utf8_get_char (p + nlen));

      if (word_start && word_end)
        g_array_append_val (spans, s);
      p += nlen;
    }
}

static void
add_actor_spans (GArray *spans, const EntNetwork *net, const EntEvidence *ev,
                 guint actor_index, int role)
{
  const EntActor *actor = g_ptr_array_index (net->actors, actor_index);
  const EntDocument *doc = ev->doc < net->documents->len ? g_ptr_array_index (net->documents, ev->doc) : NULL;
  gsize len = strlen (ev->text);
  gboolean text_is_slice = doc != NULL && doc->text != NULL && ev->end <= doc->len && ev->end >= ev->start &&
                           ev->end - ev->start == len &&
                           memcmp (doc->text + ev->start, ev->text, len) == 0;
  gboolean found = FALSE;

  /* Exact mention offsets when the sentence is a slice of its document. */
  if (text_is_slice && actor->mentions != NULL)
    for (guint i = 0; i < actor->mentions->len; i++)
      {
        const EntMention *m = &g_array_index (actor->mentions, EntMention, i);

        if (m->doc == ev->doc && m->start >= ev->start && m->end <= ev->end && m->end > m->start)
          {
            Span s = { m->start - ev->start, m->end - ev->start, role };
            g_array_append_val (spans, s);
            found = TRUE;
          }
      }
  if (found)
    return;

  add_matches (spans, ev->text, actor->name, role);
  if (actor->aliases != NULL)
    for (guint i = 0; i < actor->aliases->len; i++)
      add_matches (spans, ev->text, g_ptr_array_index (actor->aliases, i), role);
}

static void
append_escaped (GString *out, const char *text, gsize len)
{
  g_autofree char *escaped = g_markup_escape_text (text, (gssize) len);

  g_string_append (out, escaped);
}

char *
ent_evidence_markup (const EntNetwork *net, const EntRelation *rel, const EntEvidence *ev)
{
  static const char *open_tags[] = {
    "<span weight=\"bold\" underline=\"single\">",
    "<span weight=\"bold\" underline=\"single\">",
    "<span style=\"italic\" weight=\"bold\" background=\"#f0c040\" bgalpha=\"40%\">",
  };
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  GString *out = g_string_new (NULL);
  gsize pos = 0;

  if (ev->text == NULL)
    return g_string_free (out, FALSE);

  add_actor_spans (spans, net, ev, rel->source, 0);
  add_actor_spans (spans, net, ev, rel->target, 1);
  if (ev->cue != NULL && *ev->cue != '\0')
    {
      guint before = spans->len;

      add_matches (spans, ev->text, ev->cue, 2);
      if (spans->len == before)
        {
          /* cue spelled in another case in the sentence */
          g_autofree char *lower_text = g_ascii_strdown (ev->text, -1);
          g_autofree char *lower_cue = g_ascii_strdown (ev->cue, -1);

          add_matches (spans, lower_text, lower_cue, 2);
        }
    }
  g_array_sort (spans, span_compare);

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *s = &g_array_index (spans, Span, i);

      if (s->start < pos)
        continue;   /* overlaps an emphasised span already written */
      append_escaped (out, ev->text + pos, s->start - pos);
      g_string_append (out, open_tags[s->role]);
      append_escaped (out, ev->text + s->start, s->end - s->start);
      g_string_append (out, "</span>");
      pos = s->end;
    }
  append_escaped (out, ev->text + pos, strlen (ev->text) - pos);
  return g_string_free (out, FALSE);
}

/* ---- building the panel ---------------------------------------------- */

static void
clear_content (EntEvidencePanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->content)) != NULL)
    gtk_box_remove (GTK_BOX (self->content), child);
  g_ptr_array_set_size (self->evidence_buttons, 0);
  g_string_truncate (self->text, 0);
  self->relation = -1;
  self->actor = -1;
}

static GtkWidget *
add_label (EntEvidencePanel *self, const char *markup, const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self->content), label);
  g_string_append (self->text, gtk_label_get_text (GTK_LABEL (label)));
  g_string_append_c (self->text, '\n');
  return label;
}

static GtkWidget *
add_button_to (EntEvidencePanel *self, GtkWidget *parent, const char *markup,
               const char *tooltip, GCallback callback, guint index)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "panel-link");
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data (G_OBJECT (button), "ent-index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", callback, self, 0);
  gtk_box_append (GTK_BOX (parent), button);
  g_string_append (self->text, gtk_label_get_text (GTK_LABEL (label)));
  g_string_append_c (self->text, '\n');
  return button;
}

#define add_button(self, markup, tooltip, callback, index) \
  add_button_to ((self), (self)->content, (markup), (tooltip), (callback), (index))

static void
evidence_clicked_cb (GtkButton *button, EntEvidencePanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ent-index"));

  if (self->relation >= 0)
    g_signal_emit (self, signals[EVIDENCE_ACTIVATED], 0, (guint) self->relation, index);
}

static void
actor_clicked_cb (GtkButton *button, EntEvidencePanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ent-index"));

  g_signal_emit (self, signals[ACTOR_ACTIVATED], 0, index);
}

static void
relation_clicked_cb (GtkButton *button, EntEvidencePanel *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "ent-index"));

  g_signal_emit (self, signals[RELATION_ACTIVATED], 0, index);
}

static const char *
polarity_label (EntPolarity p)
{
  switch (p)
    {
    case ENT_POLARITY_ALLY: return _("Allies");
    case ENT_POLARITY_HOSTILE: return _("Adversaries");
    case ENT_POLARITY_NEUTRAL:
    case ENT_N_POLARITIES:
    default: return _("Mentioned with");
    }
}

static const char *
polarity_adjective (EntPolarity p)
{
  switch (p)
    {
    case ENT_POLARITY_ALLY: return _("allied");
    case ENT_POLARITY_HOSTILE: return _("hostile");
    case ENT_POLARITY_NEUTRAL:
    case ENT_N_POLARITIES:
    default: return _("neutral");
    }
}

static const char *
actor_type_label (EntActorType t)
{
  switch (t)
    {
    case ENT_ACTOR_STATE: return _("State");
    case ENT_ACTOR_LEADER: return _("Leader");
    case ENT_ACTOR_PERSON: return _("Person");
    case ENT_ACTOR_GROUP: return _("Group");
    case ENT_N_ACTOR_TYPES:
    default: return _("Actor");
    }
}

static const char *
actor_name (const EntNetwork *net, guint index)
{
  const EntActor *a = index < net->actors->len ? g_ptr_array_index (net->actors, index) : NULL;

  return a != NULL ? a->name : "?";
}

void
ent_evidence_panel_show_relation (EntEvidencePanel *self, const EntNetwork *net, guint relation)
{
  const EntRelation *rel;
  g_autofree char *heading = NULL;
  g_autofree char *summary = NULL;

  g_return_if_fail (ENT_IS_EVIDENCE_PANEL (self));
  g_return_if_fail (relation < net->relations->len);

  clear_content (self);
  rel = g_ptr_array_index (net->relations, relation);
  self->relation = (int) relation;

  heading = g_markup_printf_escaped ("%s %s %s", actor_name (net, rel->source),
                                     rel->directed ? "→" : "—", actor_name (net, rel->target));
  add_label (self, heading, "panel-title");
  summary = g_markup_printf_escaped (g_dngettext (NULL, "%s · %s · %u sentence",
                                                  "%s · %s · %u sentences",
                                                  ent_relation_weight (rel)),
                                     polarity_adjective (rel->polarity),
                                     rel->kind ? rel->kind : _("unspecified"),
                                     ent_relation_weight (rel));
  add_label (self, summary, "dim-label");

  {
    g_autofree char *a = g_markup_printf_escaped ("%s", actor_name (net, rel->source));
    g_autofree char *t = g_markup_printf_escaped ("%s", actor_name (net, rel->target));
    GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    gtk_box_append (GTK_BOX (self->content), row);
    add_button_to (self, row, a, _("Select this actor"), G_CALLBACK (actor_clicked_cb), rel->source);
    add_button_to (self, row, t, _("Select this actor"), G_CALLBACK (actor_clicked_cb), rel->target);
  }

  add_label (self, _("Evidence"), "panel-heading");
  for (guint i = 0; i < ent_relation_weight (rel); i++)
    {
      const EntEvidence *ev = g_ptr_array_index (rel->evidence, i);
      const EntDocument *doc = ev->doc < net->documents->len ? g_ptr_array_index (net->documents, ev->doc) : NULL;
      g_autofree char *markup = ent_evidence_markup (net, rel, ev);
      g_autofree char *source = NULL;
      GtkWidget *button;

      button = add_button (self, markup, _("Show this sentence in its article"),
                           G_CALLBACK (evidence_clicked_cb), i);
      gtk_widget_add_css_class (button, "evidence");
      g_ptr_array_add (self->evidence_buttons, button);

      if (ev->speaker != NULL && *ev->speaker != '\0')
        source = g_markup_printf_escaped (_("%s · said by %s"),
                                          doc && doc->title ? doc->title : _("Untitled"), ev->speaker);
      else
        source = g_markup_printf_escaped ("%s", doc && doc->title ? doc->title : _("Untitled"));
      add_label (self, source, "evidence-source");
    }
  if (ent_relation_weight (rel) == 0)
    add_label (self, _("No evidence sentences."), "dim-label");
}

void
ent_evidence_panel_show_actor (EntEvidencePanel *self, const EntNetwork *net, guint actor,
                               const gboolean *relation_visible)
{
  const EntActor *a;
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  guint n_docs = 0, hidden = 0;
  g_autoptr(GHashTable) docs = g_hash_table_new (NULL, NULL);

  g_return_if_fail (ENT_IS_EVIDENCE_PANEL (self));
  g_return_if_fail (actor < net->actors->len);

  clear_content (self);
  a = g_ptr_array_index (net->actors, actor);
  self->actor = (int) actor;

  heading = g_markup_printf_escaped ("%s", a->name);
  add_label (self, heading, "panel-title");

  for (guint i = 0; a->mentions && i < a->mentions->len; i++)
    g_hash_table_add (docs, GUINT_TO_POINTER (g_array_index (a->mentions, EntMention, i).doc + 1));
  n_docs = g_hash_table_size (docs);
  {
    guint n_mentions = a->mentions ? a->mentions->len : 0;
    g_autofree char *mentions = g_strdup_printf (g_dngettext (NULL, "%u mention", "%u mentions", n_mentions),
                                                 n_mentions);
    g_autofree char *documents = g_strdup_printf (g_dngettext (NULL, "%u document", "%u documents", n_docs),
                                                  n_docs);

    details = g_markup_printf_escaped (_("%s · %s in %s"), actor_type_label (a->type), mentions, documents);
  }
  add_label (self, details, "dim-label");

  if (a->aliases != NULL && a->aliases->len > 0)
    {
      g_autoptr(GString) aliases = g_string_new (NULL);
      g_autofree char *markup = NULL;

      for (guint i = 0; i < a->aliases->len; i++)
        {
          if (i > 0)
            g_string_append (aliases, ", ");
          g_string_append (aliases, g_ptr_array_index (a->aliases, i));
        }
      markup = g_markup_printf_escaped (_("Also called: %s"), aliases->str);
      add_label (self, markup, NULL);
    }

  if (a->affiliation >= 0 && (guint) a->affiliation < net->actors->len)
    {
      g_autofree char *markup = g_markup_printf_escaped (_("Acts for %s"), actor_name (net, (guint) a->affiliation));

      add_button (self, markup, _("Select this actor"), G_CALLBACK (actor_clicked_cb), (guint) a->affiliation);
    }

  for (int pol = 0; pol < ENT_N_POLARITIES; pol++)
    {
      gboolean heading_done = FALSE;

      for (guint r = 0; r < net->relations->len; r++)
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, r);
          guint other;
          g_autofree char *markup = NULL;

          if ((int) rel->polarity != pol || (rel->source != actor && rel->target != actor))
            continue;
          if (relation_visible != NULL && !relation_visible[r])
            {
              hidden++;
              continue;
            }
          if (!heading_done)
            {
              add_label (self, polarity_label (pol), "panel-heading");
              heading_done = TRUE;
            }
          other = rel->source == actor ? rel->target : rel->source;
          markup = g_markup_printf_escaped ("%s <span alpha=\"60%%\">(%s, %u)</span>",
                                            actor_name (net, other),
                                            rel->kind ? rel->kind : _("unspecified"),
                                            ent_relation_weight (rel));
          add_button (self, markup, _("Show the evidence for this relation"),
                      G_CALLBACK (relation_clicked_cb), r);
        }
    }
  if (hidden > 0)
    {
      g_autofree char *markup = g_markup_printf_escaped (g_dngettext (NULL, "%u relation hidden by the filters",
                                                                      "%u relations hidden by the filters", hidden),
                                                         hidden);
      add_label (self, markup, "dim-label");
    }
}

void
ent_evidence_panel_clear (EntEvidencePanel *self)
{
  g_return_if_fail (ENT_IS_EVIDENCE_PANEL (self));

  clear_content (self);
  add_label (self, _("Select an actor or a link on the map to see who they are and the "
                     "sentences that connect them."), "dim-label");
}

void
ent_evidence_panel_show_message (EntEvidencePanel *self, const char *message)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (ENT_IS_EVIDENCE_PANEL (self));

  clear_content (self);
  markup = g_markup_escape_text (message, -1);
  add_label (self, markup, NULL);
}

void
ent_evidence_panel_set_active_evidence (EntEvidencePanel *self, int evidence)
{
  g_return_if_fail (ENT_IS_EVIDENCE_PANEL (self));

  for (guint i = 0; i < self->evidence_buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (self->evidence_buttons, i);

      if ((int) i == evidence)
        gtk_widget_add_css_class (b, "active-evidence");
      else
        gtk_widget_remove_css_class (b, "active-evidence");
    }
}

const char *
ent_evidence_panel_get_text (EntEvidencePanel *self)
{
  g_return_val_if_fail (ENT_IS_EVIDENCE_PANEL (self), NULL);
  return self->text->str;
}

guint
ent_evidence_panel_get_n_evidence (EntEvidencePanel *self)
{
  g_return_val_if_fail (ENT_IS_EVIDENCE_PANEL (self), 0);
  return self->evidence_buttons->len;
}

GtkWidget *
ent_evidence_panel_get_evidence_widget (EntEvidencePanel *self, guint i)
{
  g_return_val_if_fail (ENT_IS_EVIDENCE_PANEL (self), NULL);
  return i < self->evidence_buttons->len ? g_ptr_array_index (self->evidence_buttons, i) : NULL;
}

/* ---- GObject ------------------------------------------------------------ */

static void
ent_evidence_panel_dispose (GObject *object)
{
  EntEvidencePanel *self = ENT_EVIDENCE_PANEL (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  G_OBJECT_CLASS (ent_evidence_panel_parent_class)->dispose (object);
}

static void
ent_evidence_panel_finalize (GObject *object)
{
  EntEvidencePanel *self = ENT_EVIDENCE_PANEL (object);

  g_ptr_array_unref (self->evidence_buttons);
  g_string_free (self->text, TRUE);
  G_OBJECT_CLASS (ent_evidence_panel_parent_class)->finalize (object);
}

static void
ent_evidence_panel_class_init (EntEvidencePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_evidence_panel_dispose;
  object_class->finalize = ent_evidence_panel_finalize;

  signals[EVIDENCE_ACTIVATED] =
    g_signal_new ("evidence-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[ACTOR_ACTIVATED] =
    g_signal_new ("actor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[RELATION_ACTIVATED] =
    g_signal_new ("relation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "evidencepanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ent_evidence_panel_init (EntEvidencePanel *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Details and evidence"), -1);
  self->evidence_buttons = g_ptr_array_new ();
  self->text = g_string_new (NULL);
  self->relation = -1;
  self->actor = -1;

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (self->content, "panel-content");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->content);

  ent_evidence_panel_clear (self);
}

GtkWidget *
ent_evidence_panel_new (void)
{
  return g_object_new (ENT_TYPE_EVIDENCE_PANEL, NULL);
}
