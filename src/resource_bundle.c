/* The compiled-in data bundle: its files found by path. */
#include "resource_bundle.h"

#include <string.h>

#include "crossread/doc.h"

GBytes *cr_resource_lookup(const char *path, GError **error)
{
	for (const CrResource *r = cr_resources; r->path; r++)
		if (strcmp(r->path, path) == 0)
			return g_bytes_new_static(r->data, (gsize)(r->end - r->data));
	g_set_error(error, CR_ERROR, CR_ERROR_IO, "no compiled-in data %s", path);
	return NULL;
}
