/* ent-undo.c: the undo and redo stacks. */
#define G_LOG_DOMAIN "entente-undo"
#include "config.h"

#include "ent-undo.h"

/* Enough for a long session of moves; the oldest items go first. */
#define MAX_UNDO 200

EntUndoItem *
ent_undo_item_new (EntUndoKind kind, const char *label)
{
  EntUndoItem *item = g_new0 (EntUndoItem, 1);

  item->kind = kind;
  item->label = g_strdup (label);
  ent_filter_init (&item->filter);
  return item;
}

void
ent_undo_filter_copy (EntFilter *dest, const EntFilter *src)
{
  *dest = *src;
  dest->removed_actors = NULL;
  if (src->removed_actors != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      dest->removed_actors = g_hash_table_new (g_direct_hash, g_direct_equal);
      g_hash_table_iter_init (&iter, src->removed_actors);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (dest->removed_actors, key);
    }
}

void
ent_undo_filter_clear (EntFilter *f)
{
  g_clear_pointer (&f->removed_actors, g_hash_table_unref);
}

void
ent_undo_item_free (EntUndoItem *item)
{
  if (item == NULL)
    return;
  g_free (item->label);
  g_free (item->engine);
  ent_undo_filter_clear (&item->filter);
  g_clear_pointer (&item->layout, ent_layout_free);
  g_clear_pointer (&item->project, ent_project_free);
  g_free (item);
}

EntUndoStack *
ent_undo_stack_new (void)
{
  EntUndoStack *stack = g_new0 (EntUndoStack, 1);

  stack->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) ent_undo_item_free);
  stack->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) ent_undo_item_free);
  return stack;
}

void
ent_undo_stack_free (EntUndoStack *stack)
{
  if (stack == NULL)
    return;
  g_ptr_array_unref (stack->undo);
  g_ptr_array_unref (stack->redo);
  g_free (stack);
}

void
ent_undo_stack_clear (EntUndoStack *stack)
{
  g_ptr_array_set_size (stack->undo, 0);
  g_ptr_array_set_size (stack->redo, 0);
}

void
ent_undo_stack_add_undo (EntUndoStack *stack, EntUndoItem *item)
{
  g_ptr_array_add (stack->undo, item);
  if (stack->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (stack->undo, 0);
}

void
ent_undo_stack_add_redo (EntUndoStack *stack, EntUndoItem *item)
{
  g_ptr_array_add (stack->redo, item);
}

void
ent_undo_stack_push (EntUndoStack *stack, EntUndoItem *item)
{
  g_ptr_array_set_size (stack->redo, 0);
  ent_undo_stack_add_undo (stack, item);
}

static EntUndoItem *
take_last (GPtrArray *array)
{
  if (array->len == 0)
    return NULL;
  return g_ptr_array_steal_index (array, array->len - 1);
}

EntUndoItem *
ent_undo_stack_take_undo (EntUndoStack *stack)
{
  return take_last (stack->undo);
}

EntUndoItem *
ent_undo_stack_take_redo (EntUndoStack *stack)
{
  return take_last (stack->redo);
}

gboolean
ent_undo_stack_can_undo (const EntUndoStack *stack)
{
  return stack->undo->len > 0;
}

gboolean
ent_undo_stack_can_redo (const EntUndoStack *stack)
{
  return stack->redo->len > 0;
}

const char *
ent_undo_stack_peek_undo_label (const EntUndoStack *stack)
{
  return stack->undo->len ? ((EntUndoItem *) g_ptr_array_index (stack->undo, stack->undo->len - 1))->label : NULL;
}

const char *
ent_undo_stack_peek_redo_label (const EntUndoStack *stack)
{
  return stack->redo->len ? ((EntUndoItem *) g_ptr_array_index (stack->redo, stack->redo->len - 1))->label : NULL;
}
