/* ent-project.c: .entente projects, loading inputs by content, user edits.
 *
 * A project is one JSON object ("format": "entente-project/1") holding the
 * view settings (layout engine, filter, node positions and edge curves), the
 * log of the user's corrections and the edited entente/1 network with the
 * full text of every document.  Saving is atomic and deterministic: fixed
 * key order, positions rounded to 1/100 point, so save, reopen, save gives
 * the same bytes.
 */
#define G_LOG_DOMAIN "entente-project"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ent-json.h"
#include "ent-project.h"
#include "ent-text.h"

#define DUMP_FLAGS (JSON_INDENT (1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION (15))

/* ------------------------------------------------------------------ */
/* Edit log                                                            */
/* ------------------------------------------------------------------ */

static void
edit_free (gpointer data)
{
  EntEdit *e = data;

  g_free (e->op);
  g_free (e->id);
  g_free (e->name);
  g_free (e->new_name);
  g_free (e->into_id);
  g_free (e->into_name);
  g_free (e);
}

static EntEdit *
edit_new (const char *op, const char *id, const char *name, const char *new_name,
          const char *into_id, const char *into_name)
{
  EntEdit *e = g_new0 (EntEdit, 1);

  e->op = g_strdup (op);
  e->id = g_strdup (id);
  e->name = g_strdup (name);
  e->new_name = g_strdup (new_name);
  e->into_id = g_strdup (into_id);
  e->into_name = g_strdup (into_name);
  return e;
}

static gboolean
edit_op_valid (const char *op)
{
  return g_strcmp0 (op, "rename") == 0 || g_strcmp0 (op, "merge") == 0
         || g_strcmp0 (op, "remove-actor") == 0 || g_strcmp0 (op, "remove-relation") == 0;
}

/* ------------------------------------------------------------------ */
/* Projects                                                            */
/* ------------------------------------------------------------------ */

EntProject *
ent_project_new (EntNetwork *net)
{
  EntProject *p = g_new0 (EntProject, 1);

  p->net = net;
  ent_filter_init (&p->filter);
  p->engine = g_strdup ("auto");
  p->edits = g_ptr_array_new_with_free_func (edit_free);
  return p;
}

void
ent_project_free (EntProject *p)
{
  if (p == NULL)
    return;
  g_clear_pointer (&p->net, ent_network_free);
  g_clear_pointer (&p->layout, ent_layout_free);
  g_clear_pointer (&p->filter.removed_actors, g_hash_table_unref);
  g_free (p->engine);
  g_clear_pointer (&p->edits, g_ptr_array_unref);
  g_free (p);
}

static GHashTable *
index_set_new (void)
{
  return g_hash_table_new (g_direct_hash, g_direct_equal);
}

EntProject *
ent_project_copy (const EntProject *p)
{
  EntProject *copy;

  g_return_val_if_fail (p != NULL, NULL);

  copy = ent_project_new (p->net ? ent_network_copy (p->net) : NULL);
  if (p->layout != NULL)
    copy->layout = ent_layout_copy (p->layout);
  copy->filter = p->filter;
  copy->filter.removed_actors = NULL;
  if (p->filter.removed_actors != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      copy->filter.removed_actors = index_set_new ();
      g_hash_table_iter_init (&iter, p->filter.removed_actors);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (copy->filter.removed_actors, key);
    }
  g_free (copy->engine);
  copy->engine = g_strdup (p->engine);
  for (guint i = 0; p->edits != NULL && i < p->edits->len; i++)
    {
      const EntEdit *e = g_ptr_array_index (p->edits, i);
      g_ptr_array_add (copy->edits, edit_new (e->op, e->id, e->name, e->new_name,
                                              e->into_id, e->into_name));
    }
  return copy;
}

/* ------------------------------------------------------------------ */
/* Saving                                                              */
/* ------------------------------------------------------------------ */

/* Positions are kept to 1/100 point: enough for any screen, and printing
 * such a number with 15 significant digits gives the same text every time. */
static json_t *
coord (double v)
{
  if (!isfinite (v))
    v = 0.0;
  return json_real (round (v * 100.0) / 100.0);
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static json_t *
filter_to_json (const EntFilter *f, const EntNetwork *net)
{
  json_t *o = json_object ();
  json_t *types = json_array ();
  json_t *pols = json_array ();
  json_t *removed = json_array ();

  for (guint t = 0; t < ENT_N_ACTOR_TYPES; t++)
    if (f->type_mask & (1u << t))
      json_array_append_new (types, json_string (ent_actor_type_to_string (t)));
  for (guint k = 0; k < ENT_N_POLARITIES; k++)
    if (f->polarity_mask & (1u << k))
      json_array_append_new (pols, json_string (ent_polarity_to_string (k)));

  if (f->removed_actors != NULL)
    {
      g_autoptr(GArray) idx = g_array_new (FALSE, FALSE, sizeof (guint));
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, f->removed_actors);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint i = GPOINTER_TO_UINT (key);
          if (i < net->actors->len)
            g_array_append_val (idx, i);
        }
      g_array_sort (idx, compare_uint);
      for (guint i = 0; i < idx->len; i++)
        {
          const EntActor *a = g_ptr_array_index (net->actors, g_array_index (idx, guint, i));
          json_array_append_new (removed, json_string (a->id));
        }
    }

  json_object_set_new (o, "types", types);
  json_object_set_new (o, "polarities", pols);
  json_object_set_new (o, "min_sentences", json_integer (f->min_sentences));
  json_object_set_new (o, "hide_isolated", json_boolean (f->hide_isolated));
  if (f->focus_actor >= 0 && (guint) f->focus_actor < net->actors->len)
    {
      const EntActor *a = g_ptr_array_index (net->actors, f->focus_actor);
      json_object_set_new (o, "focus_actor", json_string (a->id));
    }
  else
    json_object_set_new (o, "focus_actor", json_null ());
  json_object_set_new (o, "focus_hops", json_integer (f->focus_hops));
  json_object_set_new (o, "removed_actors", removed);
  return o;
}

static json_t *
layout_to_json (const EntLayout *l, const EntNetwork *net)
{
  json_t *o = json_object ();
  json_t *nodes = json_array ();
  json_t *edges = json_array ();

  for (guint i = 0; i < l->n_nodes; i++)
    {
      const EntNodeGeom *g = &l->nodes[i];
      const EntActor *a = g_ptr_array_index (net->actors, i);
      json_t *n = json_object ();

      json_object_set_new (n, "actor", json_string (a->id));
      json_object_set_new (n, "placed", json_boolean (g->placed));
      json_object_set_new (n, "x", coord (g->x));
      json_object_set_new (n, "y", coord (g->y));
      json_object_set_new (n, "w", coord (g->w));
      json_object_set_new (n, "h", coord (g->h));
      json_object_set_new (n, "label_w", coord (g->label_w));
      json_object_set_new (n, "label_h", coord (g->label_h));
      json_array_append_new (nodes, n);
    }

  for (guint i = 0; i < l->n_edges; i++)
    {
      const EntEdgeGeom *g = &l->edges[i];
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      json_t *e = json_object ();
      json_t *pts = json_array ();

      for (guint k = 0; g->points != NULL && k < 2 * g->n_points; k++)
        json_array_append_new (pts, coord (g->points[k]));
      json_object_set_new (e, "relation", json_string (r->id));
      json_object_set_new (e, "placed", json_boolean (g->placed));
      json_object_set_new (e, "offset", coord (g->offset));
      json_object_set_new (e, "points", pts);
      json_array_append_new (edges, e);
    }

  json_object_set_new (o, "engine", json_string (l->engine ? l->engine : ""));
  json_object_set_new (o, "x0", coord (l->x0));
  json_object_set_new (o, "y0", coord (l->y0));
  json_object_set_new (o, "width", coord (l->width));
  json_object_set_new (o, "height", coord (l->height));
  json_object_set_new (o, "nodes", nodes);
  json_object_set_new (o, "edges", edges);
  return o;
}

static json_t *
edits_to_json (const GPtrArray *edits)
{
  json_t *list = json_array ();

  for (guint i = 0; edits != NULL && i < edits->len; i++)
    {
      const EntEdit *e = g_ptr_array_index (edits, i);
      json_t *o = json_object ();

      json_object_set_new (o, "op", json_string (e->op));
#define PUT(field) if (e->field != NULL) json_object_set_new (o, #field, json_string (e->field))
      PUT (id);
      PUT (name);
      PUT (new_name);
      PUT (into_id);
      PUT (into_name);
#undef PUT
      json_array_append_new (list, o);
    }

  return list;
}

static gboolean
layout_matches (const EntLayout *l, const EntNetwork *net)
{
  return l != NULL && l->n_nodes == net->actors->len && l->n_edges == net->relations->len;
}

gboolean
ent_project_save (const EntProject *p, const char *path, GError **error)
{
  g_autoptr(json_t) root = json_object ();
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  json_t *net;

  g_return_val_if_fail (p != NULL && path != NULL, FALSE);

  if (p->net == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "%s: nothing to save", path);
      return FALSE;
    }

  net = ent_network_to_json (p->net, TRUE);
  if (net == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "%s: could not write the network", path);
      return FALSE;
    }

  json_object_set_new (root, "format", json_string (ENT_PROJECT_FORMAT_ID));
  json_object_set_new (root, "engine", json_string (p->engine ? p->engine : "auto"));
  json_object_set_new (root, "filter", filter_to_json (&p->filter, p->net));
  json_object_set_new (root, "layout", layout_matches (p->layout, p->net)
                                         ? layout_to_json (p->layout, p->net) : json_null ());
  json_object_set_new (root, "edits", edits_to_json (p->edits));
  json_object_set_new (root, "network", net);

  text = json_dumps (root, DUMP_FLAGS);
  if (text == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "%s: could not write the project", path);
      return FALSE;
    }
  data = g_strconcat (text, "\n", NULL);

  if (!ent_file_write_atomic (path, data, strlen (data), error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Loading                                                             */
/* ------------------------------------------------------------------ */

static gboolean
bad (GError **error, const char *path, const char *where, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static gboolean
bad (GError **error, const char *path, const char *where, const char *fmt, ...)
{
  g_autofree char *msg = NULL;
  va_list ap;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: %s: %s", path, where, msg);
  return FALSE;
}

static gboolean
get_number (json_t *obj, const char *key, double *out, const char *path,
            const char *where, GError **error)
{
  json_t *v = json_object_get (obj, key);

  if (!json_is_number (v) || !isfinite (json_number_value (v)))
    return bad (error, path, where, "\"%s\" must be a number", key);
  *out = json_number_value (v);
  return TRUE;
}

static gboolean
get_bool (json_t *obj, const char *key, gboolean *out, const char *path,
          const char *where, GError **error)
{
  json_t *v = json_object_get (obj, key);

  if (!json_is_boolean (v))
    return bad (error, path, where, "\"%s\" must be true or false", key);
  *out = json_is_true (v);
  return TRUE;
}

static int
actor_index_by_id (GHashTable *ids, const char *id)
{
  gpointer v;

  if (id == NULL || !g_hash_table_lookup_extended (ids, id, NULL, &v))
    return -1;
  return GPOINTER_TO_INT (v);
}

static gboolean
filter_from_json (json_t *o, const EntNetwork *net, GHashTable *actor_ids, EntFilter *f,
                  const char *path, GError **error)
{
  json_t *types, *pols, *removed, *focus, *v;
  json_int_t n;
  size_t i;

  ent_filter_init (f);
  if (!json_is_object (o))
    return bad (error, path, "filter", "missing or not an object");

  types = json_object_get (o, "types");
  pols = json_object_get (o, "polarities");
  removed = json_object_get (o, "removed_actors");
  if (!json_is_array (types))
    return bad (error, path, "filter.types", "missing or not a list");
  if (!json_is_array (pols))
    return bad (error, path, "filter.polarities", "missing or not a list");

  f->type_mask = 0;
  json_array_foreach (types, i, v)
    {
      EntActorType t;
      if (!ent_actor_type_from_string (json_string_value (v), &t))
        return bad (error, path, "filter.types", "unknown actor type at position %zu", i + 1);
      f->type_mask |= 1u << t;
    }
  f->polarity_mask = 0;
  json_array_foreach (pols, i, v)
    {
      EntPolarity k;
      if (!ent_polarity_from_string (json_string_value (v), &k))
        return bad (error, path, "filter.polarities", "unknown polarity at position %zu", i + 1);
      f->polarity_mask |= 1u << k;
    }

  v = json_object_get (o, "min_sentences");
  if (!json_is_integer (v) || (n = json_integer_value (v)) < 0 || n > G_MAXINT)
    return bad (error, path, "filter.min_sentences", "must be a non-negative integer");
  f->min_sentences = (guint) n;

  if (!get_bool (o, "hide_isolated", &f->hide_isolated, path, "filter", error))
    return FALSE;

  v = json_object_get (o, "focus_hops");
  if (!json_is_integer (v) || (n = json_integer_value (v)) < 1 || n > 2)
    return bad (error, path, "filter.focus_hops", "must be 1 or 2");
  f->focus_hops = (guint) n;

  focus = json_object_get (o, "focus_actor");
  if (focus != NULL && !json_is_null (focus))
    {
      f->focus_actor = actor_index_by_id (actor_ids, json_string_value (focus));
      if (f->focus_actor < 0)
        return bad (error, path, "filter.focus_actor", "not an actor id of this network");
    }

  if (removed != NULL && !json_is_array (removed))
    return bad (error, path, "filter.removed_actors", "not a list");
  if (removed != NULL && json_array_size (removed) > 0)
    {
      f->removed_actors = index_set_new ();
      json_array_foreach (removed, i, v)
        {
          int a = actor_index_by_id (actor_ids, json_string_value (v));
          if (a < 0)
            return bad (error, path, "filter.removed_actors",
                        "entry %zu is not an actor id of this network", i + 1);
          g_hash_table_add (f->removed_actors, GINT_TO_POINTER (a));
        }
    }

  (void) net;
  return TRUE;
}

static EntLayout *
layout_from_json (json_t *o, const EntNetwork *net, const char *path, GError **error)
{
  g_autoptr(EntLayout) l = g_new0 (EntLayout, 1);
  json_t *nodes, *edges, *v;
  const char *engine;
  char where[64];
  size_t i;

  l->nodes = g_new0 (EntNodeGeom, MAX (net->actors->len, 1));
  l->edges = g_new0 (EntEdgeGeom, MAX (net->relations->len, 1));

  if (!json_is_object (o))
    return bad (error, path, "layout", "not an object"), NULL;

  engine = json_string_value (json_object_get (o, "engine"));
  if (engine == NULL || !ent_layout_engine_valid (engine))
    return bad (error, path, "layout.engine", "missing or not a layout engine"), NULL;
  l->engine = g_strdup (engine);

  if (!get_number (o, "x0", &l->x0, path, "layout", error) ||
      !get_number (o, "y0", &l->y0, path, "layout", error) ||
      !get_number (o, "width", &l->width, path, "layout", error) ||
      !get_number (o, "height", &l->height, path, "layout", error))
    return NULL;

  nodes = json_object_get (o, "nodes");
  edges = json_object_get (o, "edges");
  if (!json_is_array (nodes))
    return bad (error, path, "layout.nodes", "missing or not a list"), NULL;
  if (!json_is_array (edges))
    return bad (error, path, "layout.edges", "missing or not a list"), NULL;
  if (json_array_size (nodes) != net->actors->len)
    return bad (error, path, "layout.nodes", "%zu positions for %u actors",
                json_array_size (nodes), net->actors->len), NULL;
  if (json_array_size (edges) != net->relations->len)
    return bad (error, path, "layout.edges", "%zu curves for %u relations",
                json_array_size (edges), net->relations->len), NULL;

  json_array_foreach (nodes, i, v)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      EntNodeGeom *g = &l->nodes[i];

      g_snprintf (where, sizeof where, "layout.nodes[%zu]", i);
      if (!json_is_object (v))
        return bad (error, path, where, "not an object"), NULL;
      if (g_strcmp0 (json_string_value (json_object_get (v, "actor")), a->id) != 0)
        return bad (error, path, where, "is not actor \"%s\" (node %zu)", a->id, i), NULL;
      if (!get_bool (v, "placed", &g->placed, path, where, error) ||
          !get_number (v, "x", &g->x, path, where, error) ||
          !get_number (v, "y", &g->y, path, where, error) ||
          !get_number (v, "w", &g->w, path, where, error) ||
          !get_number (v, "h", &g->h, path, where, error) ||
          !get_number (v, "label_w", &g->label_w, path, where, error) ||
          !get_number (v, "label_h", &g->label_h, path, where, error))
        return NULL;
    }
  l->n_nodes = net->actors->len;

  json_array_foreach (edges, i, v)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      EntEdgeGeom *g = &l->edges[i];
      json_t *pts, *p;
      size_t k;

      g_snprintf (where, sizeof where, "layout.edges[%zu]", i);
      if (!json_is_object (v))
        return bad (error, path, where, "not an object"), NULL;
      if (g_strcmp0 (json_string_value (json_object_get (v, "relation")), r->id) != 0)
        return bad (error, path, where, "is not relation \"%s\" (edge %zu)", r->id, i), NULL;
      if (!get_bool (v, "placed", &g->placed, path, where, error) ||
          !get_number (v, "offset", &g->offset, path, where, error))
        return NULL;
      pts = json_object_get (v, "points");
      if (!json_is_array (pts) || json_array_size (pts) % 2 != 0)
        return bad (error, path, where, "\"points\" must be a list of x, y pairs"), NULL;
      g->n_points = json_array_size (pts) / 2;
      g->points = g->n_points ? g_new (double, 2 * g->n_points) : NULL;
      /* Counted as loaded so ent_layout_free () releases it on an error below. */
      l->n_edges = i + 1;
      json_array_foreach (pts, k, p)
        {
          if (!json_is_number (p) || !isfinite (json_number_value (p)))
            return bad (error, path, where, "point %zu is not a number", k / 2), NULL;
          g->points[k] = json_number_value (p);
        }
    }
  l->n_edges = net->relations->len;

  return g_steal_pointer (&l);
}

static gboolean
edits_from_json (json_t *list, GPtrArray *edits, const char *path, GError **error)
{
  static const char *const fields[] = { "id", "name", "new_name", "into_id", "into_name" };
  json_t *v;
  size_t i;

  if (list == NULL || json_is_null (list))
    return TRUE;
  if (!json_is_array (list))
    return bad (error, path, "edits", "not a list");

  json_array_foreach (list, i, v)
    {
      const char *values[G_N_ELEMENTS (fields)];
      const char *op;
      char where[48];

      g_snprintf (where, sizeof where, "edits[%zu]", i);
      if (!json_is_object (v))
        return bad (error, path, where, "not an object");
      op = json_string_value (json_object_get (v, "op"));
      if (!edit_op_valid (op))
        return bad (error, path, where,
                    "\"op\" must be rename, merge, remove-actor or remove-relation");
      for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
        {
          json_t *s = json_object_get (v, fields[k]);
          if (s != NULL && !json_is_string (s))
            return bad (error, path, where, "\"%s\" must be a string", fields[k]);
          values[k] = json_string_value (s);
        }
      g_ptr_array_add (edits, edit_new (op, values[0], values[1], values[2], values[3], values[4]));
    }

  return TRUE;
}

static EntProject *
project_from_data (const char *data, gsize len, const char *path, GError **error)
{
  g_autoptr(json_t) root = NULL;
  g_autoptr(EntProject) p = NULL;
  g_autoptr(GHashTable) actor_ids = NULL;
  g_autoptr(GError) local = NULL;
  EntNetwork *net;
  json_error_t jerr;
  json_t *v;
  const char *format, *engine;

  if (len == 0)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_EMPTY, "%s: empty file, not a project", path);
      return NULL;
    }

  root = json_loadb (data, len, JSON_REJECT_DUPLICATES, &jerr);
  if (root == NULL)
    {
      /* jansson stops at the end of the data for a file cut short. */
      gboolean truncated = jerr.position >= 0 && (gsize) jerr.position >= len;

      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s:%d:%d: %s%s",
                   path, MAX (jerr.line, 1), MAX (jerr.column, 1),
                   truncated ? "the file ends too early (truncated?): " : "", jerr.text);
      return NULL;
    }
  if (!json_is_object (root))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "%s: not an Entente project (not a JSON object)", path);
      return NULL;
    }

  format = json_string_value (json_object_get (root, "format"));
  if (format == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "%s: not an Entente project (no \"format\" field)", path);
      return NULL;
    }
  if (strcmp (format, ENT_FORMAT_ID) == 0)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "%s: an %s network, not a project (open it as an input instead)",
                   path, ENT_FORMAT_ID);
      return NULL;
    }
  if (strcmp (format, ENT_PROJECT_FORMAT_ID) != 0)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "%s: unknown format \"%s\" (expected \"%s\")", path, format,
                   ENT_PROJECT_FORMAT_ID);
      return NULL;
    }

  v = json_object_get (root, "network");
  if (!json_is_object (v))
    {
      bad (error, path, "network", "missing or not an object");
      return NULL;
    }
  net = ent_network_from_json (v, &local);
  if (net == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: network: %s",
                   path, local->message);
      return NULL;
    }
  p = ent_project_new (net);

  actor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      g_hash_table_insert (actor_ids, a->id, GINT_TO_POINTER (i));
    }

  engine = json_string_value (json_object_get (root, "engine"));
  if (engine == NULL || !ent_layout_engine_valid (engine))
    {
      bad (error, path, "engine", "missing or not a layout engine "
           "(auto, neato, sfdp, dot, fdp, circo, twopi)");
      return NULL;
    }
  g_free (p->engine);
  p->engine = g_strdup (engine);

  if (!filter_from_json (json_object_get (root, "filter"), net, actor_ids, &p->filter, path, error))
    return NULL;

  v = json_object_get (root, "layout");
  if (v != NULL && !json_is_null (v))
    {
      p->layout = layout_from_json (v, net, path, error);
      if (p->layout == NULL)
        return NULL;
    }

  if (!edits_from_json (json_object_get (root, "edits"), p->edits, path, error))
    return NULL;

  return g_steal_pointer (&p);
}

EntProject *
ent_project_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "%s: is a folder, not a project", path);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, local->domain, local->code, "%s", local->message);
      return NULL;
    }
  return project_from_data (data, len, path, error);
}

/* ------------------------------------------------------------------ */
/* Network edits                                                       */
/* ------------------------------------------------------------------ */

static gboolean
same_mention (const EntMention *a, const EntMention *b)
{
  return a->doc == b->doc && a->start == b->start && a->end == b->end;
}

static void
add_mention_unique (EntActor *actor, const EntMention *m)
{
  for (guint i = 0; i < actor->mentions->len; i++)
    if (same_mention (&g_array_index (actor->mentions, EntMention, i), m))
      return;
  g_array_append_val (actor->mentions, *m);
}

static gboolean
same_evidence (const EntEvidence *a, const EntEvidence *b)
{
  return a->doc == b->doc && a->start == b->start && a->end == b->end
         && a->sentence == b->sentence && g_strcmp0 (a->text, b->text) == 0;
}

/* Moves the evidence of @from into @into, skipping sentences @into already
 * has.  @doc_map (may be NULL) renumbers documents on the way. */
static void
move_evidence (EntRelation *into, EntRelation *from, const guint *doc_map, guint n_docs)
{
  g_autofree gpointer *items = NULL;
  gsize n = 0;
  guint before = into->evidence->len;

  items = g_ptr_array_steal (from->evidence, &n);
  for (gsize i = 0; i < n; i++)
    {
      EntEvidence *ev = items[i];
      gboolean dup = FALSE;

      if (doc_map != NULL && ev->doc < n_docs)
        ev->doc = doc_map[ev->doc];
      for (guint k = 0; k < before && !dup; k++)
        dup = same_evidence (g_ptr_array_index (into->evidence, k), ev);
      /* Duplicates go back to @from, which frees them with itself. */
      g_ptr_array_add (dup ? from->evidence : into->evidence, ev);
    }
}

/* Folding two relations: one arrow survives only when both agree on it. */
static void
fold_direction (EntRelation *into, const EntRelation *from)
{
  if (!(into->directed && from->directed && into->source == from->source
        && into->target == from->target))
    into->directed = FALSE;
}

/* Removes relations flagged in @drop; returns the old -> new index map
 * (-1: removed), relations->len entries before the call. */
static int *
remove_relations (EntNetwork *net, const gboolean *drop)
{
  guint n = net->relations->len, kept = 0;
  int *map = g_new (int, MAX (n, 1));
  g_autofree gpointer *items = NULL;
  g_autoptr(GPtrArray) dropped = g_ptr_array_new ();
  gsize len = 0;

  items = g_ptr_array_steal (net->relations, &len);
  for (guint i = 0; i < n; i++)
    {
      if (drop[i])
        {
          map[i] = -1;
          g_ptr_array_add (dropped, items[i]);
        }
      else
        {
          map[i] = (int) kept++;
          g_ptr_array_add (net->relations, items[i]);
        }
    }
  /* The network's array frees what is cut off its end. */
  for (guint i = 0; i < dropped->len; i++)
    g_ptr_array_add (net->relations, g_ptr_array_index (dropped, i));
  g_ptr_array_set_size (net->relations, kept);
  return map;
}

/* Removes an actor no relation refers to, shifting the indices after it. */
static void
drop_actor (EntNetwork *net, guint actor)
{
  g_ptr_array_remove_index (net->actors, actor);

  for (guint i = 0; i < net->actors->len; i++)
    {
      EntActor *a = g_ptr_array_index (net->actors, i);

      if (a->affiliation == (int) actor)
        a->affiliation = -1;
      else if (a->affiliation > (int) actor)
        a->affiliation--;
    }
  for (guint i = 0; i < net->relations->len; i++)
    {
      EntRelation *r = g_ptr_array_index (net->relations, i);

      if (r->source > actor)
        r->source--;
      if (r->target > actor)
        r->target--;
    }
}

gboolean
ent_network_rename_actor (EntNetwork *net, guint actor, const char *name)
{
  g_autofree char *clean = NULL;
  EntActor *a;
  char *old;

  g_return_val_if_fail (net != NULL, FALSE);

  if (actor >= net->actors->len || name == NULL || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  clean = g_strstrip (g_strdup (name));
  if (clean[0] == '\0')
    return FALSE;

  a = g_ptr_array_index (net->actors, actor);
  if (g_strcmp0 (a->name, clean) == 0)
    return TRUE;

  /* The new name stops being an alias; the old one becomes one. */
  for (guint i = 0; i < a->aliases->len; i++)
    if (strcmp (g_ptr_array_index (a->aliases, i), clean) == 0)
      {
        g_ptr_array_remove_index (a->aliases, i);
        break;
      }
  old = a->name;
  a->name = g_steal_pointer (&clean);
  ent_actor_add_alias (a, old);
  g_free (old);
  return TRUE;
}

static gboolean
merge_actors (EntNetwork *net, guint into, guint from, int **relation_map, GError **error)
{
  g_autoptr(GHashTable) pairs = NULL;
  g_autofree gboolean *drop = NULL;
  EntActor *a, *b;
  int *map;

  if (into >= net->actors->len || from >= net->actors->len)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "no such actor");
      return FALSE;
    }
  if (into == from)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "cannot merge an actor with itself");
      return FALSE;
    }

  a = g_ptr_array_index (net->actors, into);
  b = g_ptr_array_index (net->actors, from);

  ent_actor_add_alias (a, b->name);
  for (guint i = 0; i < b->aliases->len; i++)
    ent_actor_add_alias (a, g_ptr_array_index (b->aliases, i));
  for (guint i = 0; i < b->mentions->len; i++)
    add_mention_unique (a, &g_array_index (b->mentions, EntMention, i));
  a->confidence = MAX (a->confidence, b->confidence);

  if (a->affiliation == (int) from)
    a->affiliation = -1;
  if (a->affiliation < 0 && b->affiliation >= 0 && b->affiliation != (int) into)
    a->affiliation = b->affiliation;
  for (guint i = 0; i < net->actors->len; i++)
    {
      EntActor *x = g_ptr_array_index (net->actors, i);
      if (i != into && x->affiliation == (int) from)
        x->affiliation = (int) into;
    }

  /* Re-point, drop what became a self-relation, fold duplicates. */
  drop = g_new0 (gboolean, MAX (net->relations->len, 1));
  pairs = g_hash_table_new (g_int64_hash, g_int64_equal);
  {
    g_autoptr(GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), net->relations->len);

    for (guint i = 0; i < net->relations->len; i++)
      {
        EntRelation *r = g_ptr_array_index (net->relations, i);
        gint64 key = 0;
        guint lo, hi;

        g_array_append_val (keys, key);
        if (r->source == from)
          r->source = into;
        if (r->target == from)
          r->target = into;
        if (r->source != into && r->target != into)
          continue;
        if (r->source == r->target)
          {
            drop[i] = TRUE;
            continue;
          }
        lo = MIN (r->source, r->target);
        hi = MAX (r->source, r->target);
        g_array_index (keys, gint64, i) = ((gint64) lo << 34) | ((gint64) hi << 2) | r->polarity;
      }

    for (guint i = 0; i < net->relations->len; i++)
      {
        gint64 *key = &g_array_index (keys, gint64, i);
        gpointer first;

        if (drop[i] || *key == 0)
          continue;
        if (g_hash_table_lookup_extended (pairs, key, NULL, &first))
          {
            EntRelation *keep = g_ptr_array_index (net->relations, GPOINTER_TO_UINT (first));
            EntRelation *r = g_ptr_array_index (net->relations, i);

            fold_direction (keep, r);
            move_evidence (keep, r, NULL, 0);
            drop[i] = TRUE;
          }
        else
          g_hash_table_insert (pairs, key, GUINT_TO_POINTER (i));
      }

    map = remove_relations (net, drop);
  }

  drop_actor (net, from);

  if (relation_map != NULL)
    *relation_map = map;
  else
    g_free (map);
  return TRUE;
}

gboolean
ent_network_merge_actors (EntNetwork *net, guint into, guint from, GError **error)
{
  g_return_val_if_fail (net != NULL, FALSE);
  return merge_actors (net, into, from, NULL, error);
}

static int *
remove_actor (EntNetwork *net, guint actor)
{
  g_autofree gboolean *drop = g_new0 (gboolean, MAX (net->relations->len, 1));
  int *map;

  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      drop[i] = r->source == actor || r->target == actor;
    }
  map = remove_relations (net, drop);
  drop_actor (net, actor);
  return map;
}

void
ent_network_remove_actor (EntNetwork *net, guint actor)
{
  g_return_if_fail (net != NULL);
  g_return_if_fail (actor < net->actors->len);
  g_free (remove_actor (net, actor));
}

void
ent_network_remove_relation (EntNetwork *net, guint relation)
{
  g_return_if_fail (net != NULL);
  g_return_if_fail (relation < net->relations->len);
  g_ptr_array_remove_index (net->relations, relation);
}

/* ------------------------------------------------------------------ */
/* Project edits: the network, the layout and the filter in step       */
/* ------------------------------------------------------------------ */

static void
layout_remap_edges (EntLayout *l, const int *map, guint old_n, guint new_n)
{
  EntEdgeGeom *edges = g_new0 (EntEdgeGeom, MAX (new_n, 1));

  for (guint i = 0; i < old_n; i++)
    {
      if (map[i] >= 0 && (guint) map[i] < new_n)
        edges[map[i]] = l->edges[i];
      else
        g_free (l->edges[i].points);
    }
  g_free (l->edges);
  l->edges = edges;
  l->n_edges = new_n;
}

static void
layout_remove_node (EntLayout *l, guint actor)
{
  if (actor + 1 < l->n_nodes)
    memmove (&l->nodes[actor], &l->nodes[actor + 1],
             sizeof (EntNodeGeom) * (l->n_nodes - actor - 1));
  l->n_nodes--;
}

/* Actor @gone left the network; @merged_into (or -1) took its place. */
static void
filter_remove_actor (EntFilter *f, guint gone, int merged_into)
{
  if (f->focus_actor == (int) gone)
    f->focus_actor = merged_into;
  if (f->focus_actor > (int) gone)
    f->focus_actor--;

  if (f->removed_actors != NULL && g_hash_table_size (f->removed_actors) > 0)
    {
      GHashTable *set = index_set_new ();
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, f->removed_actors);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint i = GPOINTER_TO_UINT (key);
          if (i < gone)
            g_hash_table_add (set, GUINT_TO_POINTER (i));
          else if (i > gone)
            g_hash_table_add (set, GUINT_TO_POINTER (i - 1));
        }
      g_hash_table_unref (f->removed_actors);
      f->removed_actors = set;
    }
}

static gboolean
check_project (EntProject *p, GError **error)
{
  if (p == NULL || p->net == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "no network to edit");
      return FALSE;
    }
  /* A layout that no longer fits is dropped (the window lays out again). */
  if (p->layout != NULL && !layout_matches (p->layout, p->net))
    g_clear_pointer (&p->layout, ent_layout_free);
  return TRUE;
}

static gboolean
check_actor (EntProject *p, guint actor, GError **error)
{
  if (actor >= p->net->actors->len)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "no actor %u (the map has %u)",
                   actor, p->net->actors->len);
      return FALSE;
    }
  return TRUE;
}

gboolean
ent_project_rename_actor (EntProject *p, guint actor, const char *name, GError **error)
{
  EntActor *a;
  g_autofree char *old = NULL;

  if (!check_project (p, error) || !check_actor (p, actor, error))
    return FALSE;

  a = g_ptr_array_index (p->net->actors, actor);
  old = g_strdup (a->name);
  if (!ent_network_rename_actor (p->net, actor, name))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED,
                   "a name must be non-empty UTF-8 text");
      return FALSE;
    }
  if (g_strcmp0 (old, a->name) != 0)
    g_ptr_array_add (p->edits, edit_new ("rename", a->id, old, a->name, NULL, NULL));
  return TRUE;
}

gboolean
ent_project_merge_actors (EntProject *p, guint into, guint from, GError **error)
{
  g_autofree int *map = NULL;
  g_autofree char *into_id = NULL, *into_name = NULL, *from_id = NULL, *from_name = NULL;
  guint old_n_relations;
  guint survivor;

  if (!check_project (p, error) || !check_actor (p, into, error) || !check_actor (p, from, error))
    return FALSE;

  into_id = g_strdup (((EntActor *) g_ptr_array_index (p->net->actors, into))->id);
  into_name = g_strdup (((EntActor *) g_ptr_array_index (p->net->actors, into))->name);
  from_id = g_strdup (((EntActor *) g_ptr_array_index (p->net->actors, from))->id);
  from_name = g_strdup (((EntActor *) g_ptr_array_index (p->net->actors, from))->name);
  old_n_relations = p->net->relations->len;

  if (!merge_actors (p->net, into, from, &map, error))
    return FALSE;

  survivor = into > from ? into - 1 : into;
  if (p->layout != NULL)
    {
      EntNodeGeom keep = p->layout->nodes[into];

      layout_remap_edges (p->layout, map, old_n_relations, p->net->relations->len);
      layout_remove_node (p->layout, from);
      p->layout->nodes[survivor] = keep;
      /* Relations taken over from the merged actor start from the survivor. */
      if (keep.placed)
        ent_layout_move_node (p->layout, p->net, survivor, keep.x, keep.y);
    }
  filter_remove_actor (&p->filter, from, (int) into);
  if (p->filter.removed_actors != NULL)
    g_hash_table_remove (p->filter.removed_actors, GUINT_TO_POINTER (survivor));

  g_ptr_array_add (p->edits, edit_new ("merge", from_id, from_name, NULL, into_id, into_name));
  return TRUE;
}

gboolean
ent_project_remove_actor (EntProject *p, guint actor, GError **error)
{
  g_autofree int *map = NULL;
  g_autofree char *id = NULL, *name = NULL;
  guint old_n_relations;

  if (!check_project (p, error) || !check_actor (p, actor, error))
    return FALSE;

  id = g_strdup (((EntActor *) g_ptr_array_index (p->net->actors, actor))->id);
  name = g_strdup (((EntActor *) g_ptr_array_index (p->net->actors, actor))->name);
  old_n_relations = p->net->relations->len;

  map = remove_actor (p->net, actor);
  if (p->layout != NULL)
    {
      layout_remap_edges (p->layout, map, old_n_relations, p->net->relations->len);
      layout_remove_node (p->layout, actor);
    }
  filter_remove_actor (&p->filter, actor, -1);

  g_ptr_array_add (p->edits, edit_new ("remove-actor", id, name, NULL, NULL, NULL));
  return TRUE;
}

gboolean
ent_project_remove_relation (EntProject *p, guint relation, GError **error)
{
  g_autofree char *id = NULL, *name = NULL;
  const EntRelation *r;
  const EntActor *s, *t;

  if (!check_project (p, error))
    return FALSE;
  if (relation >= p->net->relations->len)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "no relation %u (the map has %u)",
                   relation, p->net->relations->len);
      return FALSE;
    }

  r = g_ptr_array_index (p->net->relations, relation);
  s = g_ptr_array_index (p->net->actors, r->source);
  t = g_ptr_array_index (p->net->actors, r->target);
  id = g_strdup (r->id);
  name = g_strdup_printf ("%s / %s (%s)", s->name, t->name, ent_polarity_to_string (r->polarity));

  if (p->layout != NULL)
    {
      g_free (p->layout->edges[relation].points);
      if (relation + 1 < p->layout->n_edges)
        memmove (&p->layout->edges[relation], &p->layout->edges[relation + 1],
                 sizeof (EntEdgeGeom) * (p->layout->n_edges - relation - 1));
      p->layout->n_edges--;
    }
  ent_network_remove_relation (p->net, relation);

  g_ptr_array_add (p->edits, edit_new ("remove-relation", id, name, NULL, NULL, NULL));
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Inputs by content                                                   */
/* ------------------------------------------------------------------ */

static const char *
skip_bom_and_space (const char *p, const char *end)
{
  if (end - p >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

/* For JSON that does not parse: does it still say what it means to be?
 * Then loading it reports the syntax error instead of extracting braces. */
static EntInputKind
sniff_declared_format (const char *data, gsize len)
{
  gsize n = MIN (len, 4096);
  g_autofree char *head = g_strndup (data, n);
  g_autoptr(GRegex) re = g_regex_new ("\"format\"\\s*:\\s*\"(entente(-project)?/1)\"",
                                      G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *id = NULL;

  if (re == NULL || !g_regex_match (re, head, 0, &match))
    return ENT_INPUT_TEXT;
  id = g_match_info_fetch (match, 1);
  return g_strcmp0 (id, ENT_PROJECT_FORMAT_ID) == 0 ? ENT_INPUT_PROJECT : ENT_INPUT_NETWORK_JSON;
}

EntInputKind
ent_input_sniff (const char *data, gsize len)
{
  g_autoptr(json_t) root = NULL;
  const char *p, *format;
  json_error_t err;

  if (data == NULL || len == 0)
    return ENT_INPUT_TEXT;
  p = skip_bom_and_space (data, data + len);
  if (p >= data + len || *p != '{')
    return ENT_INPUT_TEXT;

  root = json_loadb (p, len - (gsize) (p - data), 0, &err);
  if (root == NULL)
    return sniff_declared_format (p, len - (gsize) (p - data));
  format = json_string_value (json_object_get (root, "format"));
  if (g_strcmp0 (format, ENT_PROJECT_FORMAT_ID) == 0)
    return ENT_INPUT_PROJECT;
  if (g_strcmp0 (format, ENT_FORMAT_ID) == 0)
    return ENT_INPUT_NETWORK_JSON;
  return ENT_INPUT_TEXT;
}

/* Reads the whole file only when it looks like JSON; articles are read by
 * ent_network_load_document (), which gives the errors for unreadable text. */
static EntInputKind
sniff_file (const char *path, char **data_out, gsize *len_out)
{
  char head[4096];
  gsize n;
  const char *p;
  FILE *fp;

  *data_out = NULL;
  *len_out = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return ENT_INPUT_TEXT;
  fp = fopen (path, "rb");
  if (fp == NULL)
    return ENT_INPUT_TEXT;
  n = fread (head, 1, sizeof head, fp);
  fclose (fp);

  p = skip_bom_and_space (head, head + n);
  if (p >= head + n || *p != '{')
    return ENT_INPUT_TEXT;

  if (!g_file_get_contents (path, data_out, len_out, NULL))
    return ENT_INPUT_TEXT;
  return ent_input_sniff (*data_out, *len_out);
}

/* Name key for merging actors across inputs: accents, case, punctuation
 * and spacing do not matter ("Abdel Fattah el-Sisi" = "abdel fattah el sisi"). */
static char *
normalise_name (const char *name)
{
  g_autofree char *nfkd = g_utf8_normalize (name ? name : "", -1, G_NORMALIZE_NFKD);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = nfkd ? nfkd : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

static char *
actor_key (EntActorType type, const char *name)
{
  g_autofree char *norm = normalise_name (name);
  return g_strdup_printf ("%d:%s", (int) type, norm);
}

static char *
relation_key (guint a, guint b, EntPolarity pol)
{
  return g_strdup_printf ("%u:%u:%d", MIN (a, b), MAX (a, b), (int) pol);
}

/* The same document: the same text, or for networks saved without their
 * text (plain entente/1), the same path and title. */
static char *
document_key (const EntDocument *d)
{
  if (d->text != NULL && d->len > 0)
    return g_strconcat ("T", d->text, NULL);
  return g_strconcat ("P", d->path ? d->path : "", "\x1f", d->title ? d->title : "", NULL);
}

/* Moves everything of @src into @dst: identical documents are shared,
 * actors with the same type and normalised name (or alias) become one,
 * relations between the same pair with the same polarity become one with
 * their evidence together.  Nothing inside @src is merged with itself.
 * Frees @src. */
static void
network_absorb (EntNetwork *dst, EntNetwork *src)
{
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree guint *doc_map = NULL;
  g_autofree guint *actor_map = NULL;
  g_autofree gboolean *actor_new = NULL;
  g_autofree gpointer *items = NULL;
  guint n_src_docs = src->documents->len;
  guint n_src_actors = src->actors->len;
  guint n_dst_actors = dst->actors->len;
  gsize n = 0;

  for (guint i = 0; i < dst->documents->len; i++)
    {
      EntDocument *d = g_ptr_array_index (dst->documents, i);
      g_hash_table_insert (texts, document_key (d), GUINT_TO_POINTER (i));
    }
  for (guint i = 0; i < dst->actors->len; i++)
    {
      EntActor *a = g_ptr_array_index (dst->actors, i);

      g_hash_table_insert (names, actor_key (a->type, a->name), GUINT_TO_POINTER (i));
      for (guint k = 0; k < a->aliases->len; k++)
        g_hash_table_insert (aliases, actor_key (a->type, g_ptr_array_index (a->aliases, k)),
                             GUINT_TO_POINTER (i));
    }
  for (guint i = 0; i < dst->relations->len; i++)
    {
      EntRelation *r = g_ptr_array_index (dst->relations, i);
      g_hash_table_insert (pairs, relation_key (r->source, r->target, r->polarity),
                           GUINT_TO_POINTER (i));
    }

  /* Documents. */
  doc_map = g_new0 (guint, MAX (n_src_docs, 1));
  items = g_ptr_array_steal (src->documents, &n);
  for (guint i = 0; i < n; i++)
    {
      EntDocument *d = items[i];
      g_autofree char *key = document_key (d);
      gpointer same;

      if (g_hash_table_lookup_extended (texts, key, NULL, &same))
        {
          doc_map[i] = GPOINTER_TO_UINT (same);
          g_ptr_array_add (src->documents, d);   /* freed with src */
        }
      else
        {
          doc_map[i] = dst->documents->len;
          g_ptr_array_add (dst->documents, d);
        }
    }
  g_clear_pointer (&items, g_free);

  /* Actors. */
  actor_map = g_new0 (guint, MAX (n_src_actors, 1));
  actor_new = g_new0 (gboolean, MAX (n_src_actors, 1));
  items = g_ptr_array_steal (src->actors, &n);
  for (guint i = 0; i < n; i++)
    {
      EntActor *a = items[i];
      g_autofree char *key = actor_key (a->type, a->name);
      gpointer same;

      for (guint k = 0; k < a->mentions->len; k++)
        {
          EntMention *m = &g_array_index (a->mentions, EntMention, k);
          if (m->doc < n_src_docs)
            m->doc = doc_map[m->doc];
        }

      if (g_hash_table_lookup_extended (names, key, NULL, &same) ||
          g_hash_table_lookup_extended (aliases, key, NULL, &same))
        {
          EntActor *into = g_ptr_array_index (dst->actors, GPOINTER_TO_UINT (same));

          actor_map[i] = GPOINTER_TO_UINT (same);
          ent_actor_add_alias (into, a->name);
          for (guint k = 0; k < a->aliases->len; k++)
            ent_actor_add_alias (into, g_ptr_array_index (a->aliases, k));
          for (guint k = 0; k < a->mentions->len; k++)
            add_mention_unique (into, &g_array_index (a->mentions, EntMention, k));
          into->confidence = MAX (into->confidence, a->confidence);
          g_ptr_array_add (src->actors, a);   /* freed with src */
        }
      else
        {
          actor_map[i] = dst->actors->len;
          actor_new[i] = TRUE;
          g_ptr_array_add (dst->actors, a);
        }
    }
  g_clear_pointer (&items, g_free);

  /* Affiliations, in the destination's indices.  The source's own actor
   * structs still hold source indices; merged ones were put back in src. */
  {
    guint back = 0;

    for (guint i = 0; i < n_src_actors; i++)
      {
        EntActor *a;
        int aff;

        if (actor_new[i])
          a = g_ptr_array_index (dst->actors, actor_map[i]);
        else
          a = g_ptr_array_index (src->actors, back++);
        aff = a->affiliation;
        if (aff >= 0 && (guint) aff < n_src_actors && actor_map[aff] != actor_map[i])
          aff = (int) actor_map[aff];
        else
          aff = -1;

        if (actor_new[i])
          a->affiliation = aff;
        else
          {
            EntActor *into = g_ptr_array_index (dst->actors, actor_map[i]);
            if (into->affiliation < 0 && aff >= 0)
              into->affiliation = aff;
          }
      }
    (void) n_dst_actors;
  }

  /* Relations. */
  items = g_ptr_array_steal (src->relations, &n);
  for (guint i = 0; i < n; i++)
    {
      EntRelation *r = items[i];
      g_autofree char *key = NULL;
      gpointer same;

      if (r->source >= n_src_actors || r->target >= n_src_actors ||
          actor_map[r->source] == actor_map[r->target])
        {
          g_ptr_array_add (src->relations, r);   /* a self-relation now: dropped */
          continue;
        }
      r->source = actor_map[r->source];
      r->target = actor_map[r->target];
      key = relation_key (r->source, r->target, r->polarity);

      if (g_hash_table_lookup_extended (pairs, key, NULL, &same))
        {
          EntRelation *into = g_ptr_array_index (dst->relations, GPOINTER_TO_UINT (same));

          fold_direction (into, r);
          move_evidence (into, r, doc_map, n_src_docs);
          g_ptr_array_add (src->relations, r);
        }
      else
        {
          for (guint k = 0; k < r->evidence->len; k++)
            {
              EntEvidence *ev = g_ptr_array_index (r->evidence, k);
              if (ev->doc < n_src_docs)
                ev->doc = doc_map[ev->doc];
            }
          g_ptr_array_add (dst->relations, r);
        }
    }

  ent_network_free (src);
}

typedef struct {
  const char  *path;
  EntInputKind kind;
  char        *data;
  gsize        len;
} Input;

static void
input_clear (gpointer data)
{
  Input *in = data;
  g_free (in->data);
}

/* Shares of the whole load: reading the files, extracting, merging. */
#define LOAD_READ_SHARE    0.30
#define LOAD_EXTRACT_SHARE 0.65

typedef struct {
  EntLoadProgressFunc func;
  gpointer            user_data;
  guint               n_texts;
  double              last;
} LoadProgress;

static void
load_progress (LoadProgress *lp, EntLoadStage stage, guint done, guint total, double fraction)
{
  if (lp->func == NULL)
    return;
  fraction = CLAMP (fraction, 0.0, 1.0);
  if (fraction < lp->last)
    fraction = lp->last;
  lp->last = fraction;
  lp->func (stage, done, total, fraction, lp->user_data);
}

static void
extract_progress_cb (double fraction, gpointer user_data)
{
  LoadProgress *lp = user_data;

  fraction = CLAMP (fraction, 0.0, 1.0);
  load_progress (lp, ENT_LOAD_EXTRACTING, (guint) (fraction * lp->n_texts), lp->n_texts,
                 LOAD_READ_SHARE + LOAD_EXTRACT_SHARE * fraction);
}

EntNetwork *
ent_load_inputs (const char *const *paths,
                 const EntGazetteer *gaz,
                 EntProject **project_out,
                 GCancellable *cancellable,
                 GError **error)
{
  return ent_load_inputs_full (paths, gaz, project_out, cancellable, NULL, NULL, error);
}

EntNetwork *
ent_load_inputs_full (const char *const *paths,
                      const EntGazetteer *gaz,
                      EntProject **project_out,
                      GCancellable *cancellable,
                      EntLoadProgressFunc progress,
                      gpointer user_data,
                      GError **error)
{
  LoadProgress lp = { progress, user_data, 0, 0.0 };
  guint n_paths;
  guint n_read = 0, n_parts, n_merged = 0;
  g_autoptr(GArray) inputs = g_array_new (FALSE, TRUE, sizeof (Input));
  g_autoptr(EntNetwork) articles = NULL;
  g_autoptr(EntNetwork) result = NULL;
  g_autoptr(EntProject) project = NULL;
  guint n_texts = 0, n_projects = 0;
  gboolean articles_done = FALSE;

  if (project_out != NULL)
    *project_out = NULL;
  g_array_set_clear_func (inputs, input_clear);

  if (paths == NULL || paths[0] == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_EMPTY, "no input files");
      return NULL;
    }

  n_paths = g_strv_length ((char **) paths);
  load_progress (&lp, ENT_LOAD_READING, 0, n_paths, 0.0);
  for (guint i = 0; paths[i] != NULL; i++)
    {
      Input in = { paths[i], ENT_INPUT_TEXT, NULL, 0 };

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      in.kind = sniff_file (paths[i], &in.data, &in.len);
      if (in.kind != ENT_INPUT_TEXT)
        {
          /* JSON inputs are read whole here; articles below. */
          n_read++;
          load_progress (&lp, ENT_LOAD_READING, n_read, n_paths, LOAD_READ_SHARE * n_read / n_paths);
        }
      if (in.kind == ENT_INPUT_TEXT)
        n_texts++;
      else if (in.kind == ENT_INPUT_PROJECT)
        n_projects++;
      g_array_append_val (inputs, in);
    }

  /* Articles are extracted together (one pass over all of them). */
  if (n_texts > 0)
    {
      articles = ent_network_new ();
      for (guint i = 0; i < inputs->len; i++)
        {
          Input *in = &g_array_index (inputs, Input, i);
          g_autoptr(GError) local = NULL;

          if (in->kind != ENT_INPUT_TEXT)
            continue;
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (ent_network_load_document (articles, in->path, &local) == NULL)
            {
              g_set_error (error, local->domain, local->code, "%s: %s", in->path, local->message);
              return NULL;
            }
          n_read++;
          load_progress (&lp, ENT_LOAD_READING, n_read, n_paths, LOAD_READ_SHARE * n_read / n_paths);
        }
      if (gaz == NULL)
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED,
                       "no gazetteer to extract actors from the articles with");
          return NULL;
        }
      lp.n_texts = n_texts;
      load_progress (&lp, ENT_LOAD_EXTRACTING, 0, n_texts, LOAD_READ_SHARE);
      if (!ent_extract (articles, gaz, cancellable, progress ? extract_progress_cb : NULL, &lp, error))
        return NULL;
    }

  /* The articles are one part, each other input another. */
  n_parts = inputs->len - n_texts + (n_texts > 0 ? 1 : 0);
  result = ent_network_new ();
  for (guint i = 0; i < inputs->len; i++)
    {
      Input *in = &g_array_index (inputs, Input, i);
      g_autoptr(GError) local = NULL;
      EntNetwork *net = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      switch (in->kind)
        {
        case ENT_INPUT_TEXT:
          if (articles_done)
            continue;
          articles_done = TRUE;
          net = g_steal_pointer (&articles);
          break;

        case ENT_INPUT_NETWORK_JSON:
          net = ent_network_load_json_data (in->data, in->len, in->path, &local);
          if (net == NULL)
            {
              g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: %s",
                           in->path, local->message);
              return NULL;
            }
          break;

        case ENT_INPUT_PROJECT:
        default:
          {
            EntProject *p = project_from_data (in->data, in->len, in->path, error);

            if (p == NULL)
              return NULL;
            net = g_steal_pointer (&p->net);
            if (n_projects == 1)
              project = p;
            else
              ent_project_free (p);
          }
          break;
        }

      if (inputs->len == 1)
        {
          /* One input: its network as it is, ids and all. */
          ent_network_free (result);
          result = net;
        }
      else
        network_absorb (result, net);
      n_merged++;
      load_progress (&lp, ENT_LOAD_MERGING, n_merged, n_parts,
                     1.0 - (1.0 - LOAD_READ_SHARE - LOAD_EXTRACT_SHARE) * (n_parts - n_merged) / n_parts);
    }

  if (inputs->len > 1)
    ent_network_renumber (result);

  if (project != NULL && inputs->len > 1)
    {
      /* Indices changed: positions and index-based filter settings no
       * longer apply; the window lays the merged map out again. */
      g_clear_pointer (&project->layout, ent_layout_free);
      g_clear_pointer (&project->filter.removed_actors, g_hash_table_unref);
      project->filter.focus_actor = -1;
    }

  if (project_out != NULL)
    *project_out = g_steal_pointer (&project);
  return g_steal_pointer (&result);
}
