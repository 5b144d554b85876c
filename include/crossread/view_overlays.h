/* The reader's overlays: the list of them, and opening, routing keys to and
 * closing the one open. Above every overlay; below view.c. */
#pragma once

#include "crossread/view_overlay.h"

/* Opens the overlay ACTION asks for, closing the one open. FALSE when no
 * overlay answers to ACTION (nothing changes); TRUE when one does, though
 * it may have declined to open (a message says why). */
gboolean cr_view_overlay_open(CrView *view, CrAction action);

/* KEY to the overlay open: it keeps the keys it uses and Ctrl-L redraws;
 * any other key closes it, and the key of another overlay opens that one. */
void cr_view_overlay_key(CrView *view, int key);

/* Closes the overlay open, if any, freeing its state. */
void cr_view_overlay_close(CrView *view);
