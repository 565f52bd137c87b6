/*
 * progress_stamp.c: the trigger that stamps progress reports, the one
 * server-side piece of the tracking model written in C.
 */
#include "pg_compat.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/pg_type.h"
#include "commands/sequence.h"
#include "commands/trigger.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

/*
 * progress_stamp(): BEFORE INSERT FOR EACH ROW on progress.  For any role
 * but a superuser, id comes from the column's identity sequence and
 * recorded_at is the transaction's start (now()), whatever the INSERT gave;
 * a superuser's values are kept (pg_restore reloads history with COPY as a
 * superuser).  In C because it runs once per row of every bulk insert: a
 * plpgsql version doubled the time of a 200,000-row INSERT ... SELECT.
 * The sequence is drawn without a privilege check, as an identity default
 * is; EXECUTE on the function is revoked from PUBLIC, so nobody attaches it
 * to a table of its own.
 */
typedef struct StampColumns
{
	Oid			relid;
	AttrNumber	id;
	AttrNumber	recorded_at;
	Oid			sequence;
} StampColumns;

static AttrNumber
stamp_column(TupleDesc desc, const char *name, Oid type)
{
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0)
		{
			if (att->atttypid != type)
				break;
			return att->attnum;
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
			 errmsg("progress_stamp() needs a column \"%s\" of type %s", name, format_type_be(type))));
	return InvalidAttrNumber;	/* not reached */
}

PG_FUNCTION_INFO_V1(pt_progress_stamp);
Datum
pt_progress_stamp(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	StampColumns *cols;
	int			attnums[2];
	Datum		values[2];
	bool		nulls[2] = {false, false};

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("progress_stamp() must be fired BEFORE INSERT FOR EACH ROW")));

	if (superuser())
		return PointerGetDatum(trigdata->tg_trigtuple);

	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);
	cols = (StampColumns *) fcinfo->flinfo->fn_extra;
	if (cols == NULL || cols->relid != RelationGetRelid(rel))
	{
		StampColumns found;

		found.relid = RelationGetRelid(rel);
		found.id = stamp_column(desc, "id", INT8OID);
		found.recorded_at = stamp_column(desc, "recorded_at", TIMESTAMPTZOID);
		found.sequence = pt_identity_sequence(rel, found.id);
		if (cols == NULL)
			cols = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(StampColumns));
		*cols = found;
		fcinfo->flinfo->fn_extra = cols;
	}

	attnums[0] = cols->id;
	values[0] = Int64GetDatum(nextval_internal(cols->sequence, false));
	attnums[1] = cols->recorded_at;
	values[1] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_trigtuple, desc,
													 2, attnums, values, nulls));
}
