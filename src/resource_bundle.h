/* The data compiled into the program (glib-compile-resources' bundle,
 * src/resources.c): the English words, the gazetteer, the built-in
 * themes. Private to the library. */
#pragma once

#include <gio/gio.h>

/* The bundle, made ready once, whichever thread asks first; the others
 * wait for it. GLib's lazy registration of a static resource gives NULL
 * to a thread that asks while another is registering it (a crash seen
 * when the cleaner's first English word and the names' gazetteer were
 * looked up at once). */
GResource *cr_resource_bundle(void);
