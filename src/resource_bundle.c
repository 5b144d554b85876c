/* The compiled-in data bundle, made ready under one GOnce. */
#include "resource_bundle.h"

/* Defined in the resource source that glib-compile-resources generates. */
GResource *cr_resources_get_resource(void);

static gpointer bundle_ready(gpointer unused)
{
	(void)unused;
	return cr_resources_get_resource();
}

GResource *cr_resource_bundle(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, bundle_ready, NULL);
}
