/* ent-evidence-panel.h: the side panel showing a relation's evidence
 * sentences or an actor's details and relations. */
#pragma once

#include <gtk/gtk.h>
#include "ent-network.h"

G_BEGIN_DECLS

#define ENT_TYPE_EVIDENCE_PANEL (ent_evidence_panel_get_type ())
G_DECLARE_FINAL_TYPE (EntEvidencePanel, ent_evidence_panel, ENT, EVIDENCE_PANEL, GtkWidget)

GtkWidget  *ent_evidence_panel_new (void);
/* @net is borrowed until the next call. */
void        ent_evidence_panel_show_relation (EntEvidencePanel *self, const EntNetwork *net,
                                              guint relation);
void        ent_evidence_panel_show_actor (EntEvidencePanel *self, const EntNetwork *net,
                                           guint actor, const gboolean *relation_visible);
void        ent_evidence_panel_clear (EntEvidencePanel *self);
/* A plain explanation instead of details (empty map, everything filtered). */
void        ent_evidence_panel_show_message (EntEvidencePanel *self, const char *message);
/* Marks the sentence shown in the source pane (-1: none). */
void        ent_evidence_panel_set_active_evidence (EntEvidencePanel *self, int evidence);
/* The panel's text as a reader sees it (markup removed). */
const char *ent_evidence_panel_get_text (EntEvidencePanel *self);
guint       ent_evidence_panel_get_n_evidence (EntEvidencePanel *self);
/* The clickable widget of the @i-th evidence sentence, or NULL. */
GtkWidget  *ent_evidence_panel_get_evidence_widget (EntEvidencePanel *self, guint i);

/* Markup for an evidence sentence: both actors' names and the cue word
 * emphasised, everything else escaped. */
char       *ent_evidence_markup (const EntNetwork *net, const EntRelation *rel,
                                 const EntEvidence *ev);

G_END_DECLS
