/* fuzz-text.c: text validation and sentence splitting on arbitrary bytes. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "ent-text.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (EntSpan));
  gsize prev_end = 0;

  if (!ent_text_validate ((const char *) data, size, "fuzz", &error))
    {
      g_assert (error != NULL && error->message[0] != '\0');
      return 0;
    }
  ent_text_split_sentences (text, size, spans);
  for (guint i = 0; i < spans->len; i++)
    {
      EntSpan *s = &g_array_index (spans, EntSpan, i);
      /* Sentences are ordered, non-overlapping, inside the text and never empty. */
      g_assert (s->start < s->end);
      g_assert (s->end <= size);
      g_assert (s->start >= prev_end);
      prev_end = s->end;
    }
  g_free (ent_text_guess_title (text, size, "fallback"));
  return 0;
}
