/* cli-render.c: `entente render FILE... -o OUT.EXT`, the map without a window.
 *
 * Loads articles, entente/1 JSON and .entente projects (by content), applies
 * the same filter as the window, lays the map out with Graphviz and writes
 * an image (drawn by the window's renderer) or a data file.
 */
#define G_LOG_DOMAIN "entente-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib.h>

#include "cli.h"
#include "cli-render.h"
#include "ent-export.h"
#include "ent-extract.h"
#include "ent-filter.h"
#include "ent-layout.h"
#include "ent-project.h"

typedef struct {
  char     *output;
  char     *format;
  char     *layout;
  double    scale;
  double    width;
  double    height;
  char     *types;
  char     *polarities;
  int       min_sentences;
  gboolean  hide_isolated;
  char     *focus;
  int       hops;
  gboolean  transparent;
  gboolean  dark;
  char    **gazetteers;
  gboolean  no_legend;
  char     *title;
  char    **files;
} RenderArgs;

static void
render_args_clear (RenderArgs *a)
{
  g_free (a->output);
  g_free (a->format);
  g_free (a->layout);
  g_free (a->types);
  g_free (a->polarities);
  g_free (a->focus);
  g_strfreev (a->gazetteers);
  g_free (a->title);
  g_strfreev (a->files);
}

static int
usage_error (GOptionContext *ctx, const char *message)
{
  g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);

  fprintf (stderr, "entente render: %s\n\n%s", message, help);
  return 2;
}

/* An actor by name, alias or id, case-insensitively; -1 if none. */
static int
find_actor (const EntNetwork *net, const char *query)
{
  g_autofree char *q = g_utf8_casefold (query, -1);
  int by_alias = -1;

  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);
      g_autofree char *name = g_utf8_casefold (actor->name, -1);

      if (g_str_equal (name, q) || (actor->id && g_str_equal (actor->id, query)))
        return (int) i;
      for (guint k = 0; by_alias < 0 && actor->aliases && k < actor->aliases->len; k++)
        {
          g_autofree char *alias = g_utf8_casefold (g_ptr_array_index (actor->aliases, k), -1);
          if (g_str_equal (alias, q))
            by_alias = (int) i;
        }
    }
  return by_alias;
}

/* "Title one; Title two and 3 more" from the documents. */
static char *
documents_title (const EntNetwork *net)
{
  GString *s;
  guint shown = 0;

  if (net->documents->len == 0)
    return NULL;
  s = g_string_new (NULL);
  for (guint i = 0; i < net->documents->len && shown < 2; i++)
    {
      const EntDocument *doc = g_ptr_array_index (net->documents, i);

      if (doc->title == NULL || *doc->title == '\0')
        continue;
      if (shown++)
        g_string_append (s, "; ");
      g_string_append (s, doc->title);
    }
  if (shown == 0)
    return g_string_free (s, TRUE);
  if (net->documents->len > shown)
    g_string_append_printf (s, " and %u more", net->documents->len - shown);
  return g_string_free (s, FALSE);
}

/* A saved layout can be used when it places every visible actor. */
static gboolean
layout_covers (const EntLayout *layout, const EntNetwork *net, const gboolean *actor_visible)
{
  if (layout == NULL || layout->n_nodes != net->actors->len ||
      layout->n_edges != net->relations->len)
    return FALSE;
  for (guint i = 0; i < layout->n_nodes; i++)
    if (actor_visible[i] && !layout->nodes[i].placed)
      return FALSE;
  return TRUE;
}

int
ent_cli_render (int argc, char **argv)
{
  RenderArgs a = { .scale = 2, .hops = 1, .min_sentences = -1 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &a.output,
      "Write to OUT; the extension picks the format (png svg pdf dot gv graphml gexf json csv)", "OUT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &a.format, "Format, overriding the extension", "FMT" },
    { "layout", 'l', 0, G_OPTION_ARG_STRING, &a.layout,
      "Layout engine: auto (default), neato, sfdp, dot, fdp, circo, twopi", "ENGINE" },
    { "scale", 's', 0, G_OPTION_ARG_DOUBLE, &a.scale, "PNG pixels per point (default 2)", "N" },
    { "width", 'W', 0, G_OPTION_ARG_DOUBLE, &a.width, "Image width in points (default: from the map)", "W" },
    { "height", 'H', 0, G_OPTION_ARG_DOUBLE, &a.height, "Image height in points (default: from the map)", "H" },
    { "types", 't', 0, G_OPTION_ARG_STRING, &a.types, "Actor types shown: state,leader,person,group", "LIST" },
    { "polarities", 'p', 0, G_OPTION_ARG_STRING, &a.polarities, "Relations shown: ally,hostile,neutral", "LIST" },
    { "min-sentences", 'm', 0, G_OPTION_ARG_INT, &a.min_sentences,
      "Hide relations with fewer evidence sentences", "N" },
    { "hide-isolated", 0, 0, G_OPTION_ARG_NONE, &a.hide_isolated, "Hide actors without a shown relation", NULL },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &a.focus, "Only this actor (name, alias or id) and its neighbours", "NAME" },
    { "hops", 0, 0, G_OPTION_ARG_INT, &a.hops, "Neighbourhood size for --focus: 1 or 2 (default 1)", "N" },
    { "transparent", 0, 0, G_OPTION_ARG_NONE, &a.transparent, "No background (PNG, SVG, PDF)", NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &a.dark, "Dark palette", NULL },
    { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME_ARRAY, &a.gazetteers,
      "Add or override gazetteer entries from a JSON file (repeatable)", "FILE.json" },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &a.no_legend, "Leave out the legend", NULL },
    { "title", 'T', 0, G_OPTION_ARG_STRING, &a.title,
      "Title drawn at the top (default: the documents' titles; \"\" for none)", "T" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &a.files, NULL, "FILE..." },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("-o OUT - draw or export the alliance map");
  g_autoptr(GError) error = NULL;
  g_autoptr(EntGazetteer) gaz = NULL;
  g_autoptr(EntNetwork) net = NULL;
  g_autoptr(EntProject) project = NULL;
  g_autoptr(EntLayout) layout = NULL;
  g_autofree gboolean *actor_visible = NULL;
  g_autofree gboolean *relation_visible = NULL;
  g_autofree char *default_title = NULL;
  EntExportFormat format;
  EntFilter filter;
  guint type_mask = ENT_FILTER_ALL_TYPES, polarity_mask = ENT_FILTER_ALL_POLARITIES;
  int status = 1;

  g_option_context_add_main_entries (ctx, entries, NULL);
  g_option_context_set_summary (ctx,
    "Inputs are articles (plain text), entente/1 JSON from `entente extract`, or\n"
    ".entente projects, recognised by their content.  Images are drawn by the\n"
    "same code as the window; data formats are for Gephi, Cytoscape and Graphviz.");
  g_option_context_set_description (ctx,
    "Examples:\n"
    "  entente render article.txt -o map.png\n"
    "  entente render map.json --focus Haftar --hops 2 --dark -o haftar.svg\n"
    "  entente render *.txt --types state,group --min-sentences 2 -o map.graphml\n");

  g_set_prgname ("entente render");
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      status = usage_error (ctx, error->message);
      goto out;
    }

  /* Arguments */
  if (a.files == NULL || a.files[0] == NULL)
    {
      status = usage_error (ctx, "no input file");
      goto out;
    }
  if (a.output == NULL || *a.output == '\0')
    {
      status = usage_error (ctx, "no output file (use -o OUT.png, .svg, .pdf, .graphml ...)");
      goto out;
    }
  if (a.format != NULL)
    {
      format = ent_export_format_from_name (a.format);
      if (format == ENT_EXPORT_UNKNOWN)
        {
          g_autofree char *msg = g_strdup_printf ("unknown format '%s' (expected png, svg, pdf, "
                                                  "dot, gv, graphml, gexf, json or csv)", a.format);
          status = usage_error (ctx, msg);
          goto out;
        }
    }
  else
    {
      format = ent_export_format_from_path (a.output);
      if (format == ENT_EXPORT_UNKNOWN)
        {
          g_autofree char *msg = g_strdup_printf ("cannot tell the format from '%s': use an extension "
                                                  "(png, svg, pdf, dot, gv, graphml, gexf, json, csv) "
                                                  "or --format", a.output);
          status = usage_error (ctx, msg);
          goto out;
        }
    }
  if (a.layout != NULL && !ent_layout_engine_valid (a.layout))
    {
      g_autofree char *msg = g_strdup_printf ("unknown layout engine '%s' (expected auto, neato, "
                                              "sfdp, dot, fdp, circo or twopi)", a.layout);
      status = usage_error (ctx, msg);
      goto out;
    }
  if (!(a.scale > 0 && a.scale <= 16))
    {
      status = usage_error (ctx, "--scale must be a number above 0 and at most 16");
      goto out;
    }
  if (!(a.width >= 0 && a.width <= 100000) || !(a.height >= 0 && a.height <= 100000))
    {
      status = usage_error (ctx, "--width and --height must be positive numbers of points");
      goto out;
    }
  if (a.hops != 1 && a.hops != 2)
    {
      status = usage_error (ctx, "--hops must be 1 or 2");
      goto out;
    }
  if (a.min_sentences < -1)
    {
      status = usage_error (ctx, "--min-sentences must be 0 or more");
      goto out;
    }
  if (a.types != NULL && !ent_filter_parse_types (a.types, &type_mask, &error))
    {
      g_autofree char *msg = g_strdup_printf ("--types: %s", error->message);
      status = usage_error (ctx, msg);
      goto out;
    }
  if (a.polarities != NULL && !ent_filter_parse_polarities (a.polarities, &polarity_mask, &error))
    {
      g_autofree char *msg = g_strdup_printf ("--polarities: %s", error->message);
      status = usage_error (ctx, msg);
      goto out;
    }

  /* Inputs */
  gaz = ent_gazetteer_new_default (&error);
  if (gaz == NULL)
    {
      ent_cli_error (NULL, error->message);
      goto out;
    }
  for (guint i = 0; a.gazetteers && a.gazetteers[i]; i++)
    if (!ent_gazetteer_merge_file (gaz, a.gazetteers[i], &error))
      {
        ent_cli_error (a.gazetteers[i], error->message);
        goto out;
      }

  net = ent_load_inputs ((const char *const *) a.files, gaz, &project, NULL, &error);
  if (net == NULL)
    {
      /* The loader's messages already start with the file name. */
      ent_cli_error (NULL, error->message);
      goto out;
    }

  /* Filter: a project's own filter (its removed actors...), then the flags. */
  if (project != NULL)
    {
      filter = project->filter;
      if (filter.focus_actor >= (int) net->actors->len)
        filter.focus_actor = -1;
    }
  else
    ent_filter_init (&filter);
  if (a.types)
    filter.type_mask = type_mask;
  if (a.polarities)
    filter.polarity_mask = polarity_mask;
  if (a.min_sentences >= 0)
    filter.min_sentences = (guint) a.min_sentences;
  if (a.hide_isolated)
    filter.hide_isolated = TRUE;
  if (a.focus)
    {
      filter.focus_actor = find_actor (net, a.focus);
      filter.focus_hops = (guint) a.hops;
      if (filter.focus_actor < 0)
        {
          g_autofree char *msg = g_strdup_printf ("--focus: no actor named '%s' in the input", a.focus);
          ent_cli_error (NULL, msg);
          goto out;
        }
    }

  actor_visible = g_new0 (gboolean, MAX (net->actors->len, 1));
  relation_visible = g_new0 (gboolean, MAX (net->relations->len, 1));
  ent_filter_apply (&filter, net, actor_visible, relation_visible);

  /* Layout: the project's saved positions when nothing asks otherwise. */
  if (ent_export_format_is_image (format) || format == ENT_EXPORT_DOT ||
      format == ENT_EXPORT_GRAPHML || format == ENT_EXPORT_GEXF)
    {
      const char *engine = a.layout ? a.layout
                         : (project && project->engine ? project->engine : "auto");

      if (a.layout == NULL && project != NULL &&
          layout_covers (project->layout, net, actor_visible))
        {
          layout = g_steal_pointer (&project->layout);
          for (guint r = 0; r < layout->n_edges; r++)
            if (relation_visible[r] && !layout->edges[r].placed)
              {
                ent_layout_reroute (layout, net, relation_visible);
                break;
              }
        }
      else
        {
          layout = ent_layout_compute (net, actor_visible, relation_visible, engine, NULL, &error);
          if (layout == NULL)
            {
              ent_cli_error (NULL, error->message);
              goto out;
            }
        }
    }

  if (ent_export_format_is_image (format))
    {
      EntImageOptions io;

      ent_image_options_init (&io);
      ent_render_options_init (&io.render, a.dark);
      io.render.palette.transparent = a.transparent;
      io.render.actor_visible = actor_visible;
      io.render.relation_visible = relation_visible;
      io.render.draw_legend = !a.no_legend;
      if (a.title != NULL)
        io.render.title = *a.title ? a.title : NULL;
      else
        io.render.title = default_title = documents_title (net);
      io.scale = a.scale;
      io.width = a.width;
      io.height = a.height;

      if (!ent_export_image (net, layout, &io, format, a.output, &error))
        {
          ent_cli_error (a.output, error->message);
          goto out;
        }
    }
  else if (!ent_export_data (net, layout, actor_visible, relation_visible, format, a.output, &error))
    {
      ent_cli_error (a.output, error->message);
      goto out;
    }

  status = 0;

out:
  render_args_clear (&a);
  return status;
}
