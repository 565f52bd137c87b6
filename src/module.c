/*
 * module.c: the module's magic block, and nothing else.
 */
#include "pg_compat.h"

PT_MODULE_MAGIC;
