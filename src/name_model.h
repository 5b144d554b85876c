/* A maker's model named with its variant in one report and without it in
 * another ("Boeing 787-8", "Boeing 787") (name_model.c). */
#pragma once

#include <glib.h>

#include "crossread/doc.h"

/* Gives every body's or place's fact in FACTS whose name ends in a model
 * number with a variant after a hyphen ("Boeing 787-8", "Airbus A320-200")
 * the name, key and kind of a fact that writes the name without the
 * variant ("Boeing 787"), when no other variant of that model is written
 * ("Boeing 737-8" and "Boeing 737-9" stay apart). */
void name_join_model_variants(CrDoc *const *docs, GArray *facts);
