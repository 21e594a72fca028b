/* ent-undo.h: undo and redo for node moves, filter and layout changes and
 * edits.  Each item holds the state to swap back in: applying an item
 * exchanges its contents with the window's current state, so the same item
 * moves between the undo and redo stacks. */
#pragma once

#include <glib.h>
#include "ent-network.h"
#include "ent-layout.h"
#include "ent-filter.h"
#include "ent-project.h"

G_BEGIN_DECLS

typedef enum {
  ENT_UNDO_MOVE,    /* one node's position */
  ENT_UNDO_VIEW,    /* filter, engine and layout */
  ENT_UNDO_EDIT,    /* the whole project: network, layout, filter, engine, edits */
} EntUndoKind;

typedef struct {
  EntUndoKind kind;
  char       *label;
  /* MOVE */
  guint       actor;
  double      x, y;
  /* VIEW */
  EntFilter   filter;
  char       *engine;
  EntLayout  *layout;   /* owned, may be NULL */
  /* EDIT */
  EntProject *project;  /* owned snapshot */
} EntUndoItem;

typedef struct {
  GPtrArray *undo;   /* of EntUndoItem*, last = most recent */
  GPtrArray *redo;
} EntUndoStack;

EntUndoItem  *ent_undo_item_new (EntUndoKind kind, const char *label);
void          ent_undo_item_free (EntUndoItem *item);
/* Copies a filter, with its own copy of the removed-actors table. */
void          ent_undo_filter_copy (EntFilter *dest, const EntFilter *src);
void          ent_undo_filter_clear (EntFilter *f);

EntUndoStack *ent_undo_stack_new (void);
void          ent_undo_stack_free (EntUndoStack *stack);
void          ent_undo_stack_clear (EntUndoStack *stack);
/* Takes ownership; clears the redo stack. */
void          ent_undo_stack_push (EntUndoStack *stack, EntUndoItem *item);
/* Take the most recent item (caller applies it, then gives it to the other stack). */
EntUndoItem  *ent_undo_stack_take_undo (EntUndoStack *stack);
EntUndoItem  *ent_undo_stack_take_redo (EntUndoStack *stack);
void          ent_undo_stack_add_undo (EntUndoStack *stack, EntUndoItem *item);
void          ent_undo_stack_add_redo (EntUndoStack *stack, EntUndoItem *item);
gboolean      ent_undo_stack_can_undo (const EntUndoStack *stack);
gboolean      ent_undo_stack_can_redo (const EntUndoStack *stack);
const char   *ent_undo_stack_peek_undo_label (const EntUndoStack *stack);
const char   *ent_undo_stack_peek_redo_label (const EntUndoStack *stack);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntUndoItem, ent_undo_item_free)

G_END_DECLS
