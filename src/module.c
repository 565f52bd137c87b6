/*
 * module.c: the module's magic block, and nothing else (one per library; the
 * per-type files stay free to be compiled into test harnesses).
 */
#include "pg_compat.h"

PT_MODULE_MAGIC;
