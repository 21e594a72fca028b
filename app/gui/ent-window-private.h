/* ent-window-private.h: EntWindow's state, shared by the ent-window-*.c files. */
#pragma once

#include "ent-window.h"
#include "ent-graph-view.h"
#include "ent-evidence-panel.h"
#include "ent-source-view.h"
#include "ent-actor-list.h"
#include "ent-undo.h"
#include "ent-filter.h"
#include "ent-layout.h"
#include "ent-project.h"

G_BEGIN_DECLS

typedef enum {
  ENT_ORIGIN_NONE,
  ENT_ORIGIN_VIEW,
  ENT_ORIGIN_LIST,
  ENT_ORIGIN_PANEL,
  ENT_ORIGIN_SOURCE,   /* a mention clicked in the source pane: it stays where it is */
} EntSelectOrigin;

typedef struct {
  int actor;      /* hit an actor (name or alias), or -1 */
  int relation;   /* hit a relation (evidence text), or -1 */
} EntSearchHit;

/* A node the user moved while a new layout was being computed: where, as
 * a fraction of the map's bounding box (the new layout has its own size). */
typedef struct {
  guint        actor;
  double       fx, fy;     /* where it was put */
  double       ofx, ofy;   /* where it was before (the undo item's position) */
  EntUndoItem *item;       /* the move's undo item, checked to be still in the stack */
} EntPendingMove;

struct _EntWindow
{
  GtkApplicationWindow  parent_instance;

  /* template children */
  GtkInfoBar          *error_bar;
  GtkLabel            *error_label;
  GtkRevealer         *progress_revealer;
  GtkLabel            *progress_label;
  GtkProgressBar      *progress_bar;
  GtkSpinner          *progress_spinner;
  GtkSpinner          *io_spinner;          /* header bar: saving or exporting */
  GtkStack            *main_stack;
  GtkStack            *view_stack;
  GtkPaned            *outer_paned;
  GtkPaned            *side_paned;
  EntGraphView        *graph_view;
  EntActorList        *actor_list;
  EntEvidencePanel    *evidence_panel;
  EntSourceView       *source_view;
  GtkLabel            *status_label;
  GtkLabel            *search_status_label;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *engine_dropdown;
  GtkMenuButton       *filter_button;
  GtkButton           *export_button;
  GtkButton           *welcome_sample_button;
  GtkButton           *undo_button;
  GtkButton           *redo_button;
  GtkSpinButton       *min_sentences_spin;

  /* the map */
  EntNetwork          *net;
  EntLayout           *layout;
  EntFilter            filter;
  char                *engine;
  GPtrArray           *edits;     /* of EntEdit*: the project's log of user corrections */
  gboolean            *actor_visible;
  gboolean            *relation_visible;
  guint                n_actors_shown;
  guint                n_relations_shown;
  char                *project_path;
  char                *first_document_dir;
  gboolean             dirty;
  guint                change_serial;   /* bumped by every change that makes the map dirty */
  EntUndoStack        *undo;
  int                  sel_actor;
  int                  sel_relation;
  int                  active_evidence;

  /* worker */
  GCancellable        *job_cancellable;
  guint                job_serial;
  guint                job_progress_seq;   /* last progress report shown for that job */
  guint                pulse_source;
  guint                n_io_jobs;       /* saves and exports being written */
  gboolean             relayout_running;
  GArray              *pending_moves;   /* of EntPendingMove: moves made while laying out */
  double               progress_fraction;   /* as shown; < 0 while the bar pulses */

  /* search */
  GArray              *search_results;   /* of EntSearchHit */
  gboolean            *search_hits;      /* actors->len */
  GPtrArray           *search_actor_text;     /* folded name and aliases per actor; NULL: stale */
  GPtrArray           *search_relation_text;  /* folded evidence per relation */
  int                  search_pos;

  /* test hook: ENTENTE_TEST_REPORT */
  char                *report_path;
  char                *last_report;
  guint                report_source;
  guint                report_serial;

  char                *sample_dir;
  guint                updating_ui;
  gboolean             close_confirmed;
};

/* ent-window.c */
void     _ent_window_install_model (EntWindow *self, EntNetwork *net, EntLayout *layout,
                                    const EntFilter *filter, const char *engine, GPtrArray *edits,
                                    const char *project_path, const char *first_path);
GPtrArray *_ent_window_new_edits (void);
void     _ent_window_apply_filter (EntWindow *self);
void     _ent_window_refresh (EntWindow *self);
void     _ent_window_select (EntWindow *self, int actor, int relation,
                             EntSelectOrigin origin, gboolean center);
void     _ent_window_show_error (EntWindow *self, const char *message);
void     _ent_window_hide_error (EntWindow *self);
void     _ent_window_set_dirty (EntWindow *self, gboolean dirty);
void     _ent_window_update_title (EntWindow *self);
char    *_ent_window_dup_status (EntWindow *self);
void     _ent_window_report_changed (EntWindow *self);
void     _ent_window_close_later (EntWindow *self);

/* ent-window-actions.c */
void     _ent_window_class_actions_init (GtkWidgetClass *widget_class);
void     _ent_window_actions_init (EntWindow *self);
void     _ent_window_update_actions (EntWindow *self);
void     _ent_window_sync_filter_ui (EntWindow *self);
void     _ent_window_set_filter (EntWindow *self, const EntFilter *filter, const char *label);
void     _ent_window_push_view_undo (EntWindow *self, const char *label);
void     _ent_window_undo (EntWindow *self);
void     _ent_window_redo (EntWindow *self);
void     _ent_window_search_update (EntWindow *self);
void     _ent_window_search_invalidate (EntWindow *self);
void     _ent_window_find (EntWindow *self, int direction);
void     _ent_window_save_project (EntWindow *self, const char *path, gboolean close_after);
/* Background of exported images, chosen in the export dialog. */
typedef enum {
  ENT_EXPORT_BG_THEME,        /* the window's light or dark palette */
  ENT_EXPORT_BG_TRANSPARENT,
  ENT_EXPORT_BG_LIGHT,
  ENT_EXPORT_BG_DARK,
} EntExportBackground;

void     _ent_window_export_to (EntWindow *self, const char *path);
void     _ent_window_export_to_full (EntWindow *self, const char *path,
                                     EntExportBackground background);

/* ent-window-load.c */
void     _ent_window_start_relayout (EntWindow *self, const char *message);
void     _ent_window_cancel_job (EntWindow *self);
void     _ent_window_note_move (EntWindow *self, guint actor);
void     _ent_window_set_progress (EntWindow *self, const char *message, double fraction);

G_END_DECLS
