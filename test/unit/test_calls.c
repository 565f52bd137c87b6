/* test_calls.c: operative verbs and addressee parts (src/calls). */
#include <string.h>

#include "unit.h"
#include "calls/calls.h"

/*
 * verbs: the verbs expected, "|"-separated, in order; who: the addressee
 * part of the first call, cooperation phrases removed ("" for none).
 */
static void
expect(const char *text, const char *verbs, const char *who)
{
	call_found	found[16];
	size_t		n = calls_find(text, strlen(text), found, 16);
	char		got[256] = "";
	char		w[400] = "";
	size_t		k;

	for (k = 0; k < n && k < 16; k++)
	{
		if (k)
			strcat(got, "|");
		strcat(got, found[k].verb);
	}
	CHECK(strcmp(got, verbs) == 0, "verbs of \"%s\": got \"%s\", want \"%s\"", text, got, verbs);
	for (k = 0; k < n && k < 16; k++)
		if (found[k].flags & CALL_VERB)
		{
			calls_who_text(text, &found[k], w, sizeof w);
			break;
		}
	CHECK(strcmp(w, who) == 0, "addressees of \"%s\": got \"%s\", want \"%s\"", text, w, who);
}

void
test_calls(void)
{
	/* English: capitals, lower case after the Council, passive, side phrases */
	expect("INVITES the Commission, in close cooperation with ENISA, Europol and the EEAS, to propose",
		   "INVITES", "the Commission");
	expect("CALLS on the Commission:", "CALLS ON", "the Commission");
	expect("CALLS upon the EU and its Member States to step up", "CALLS ON", "the EU and its Member States");
	expect("CALLS for a coordinated approach", "CALLS", "");
	expect("The Council invites the Commission to present a report", "INVITES", "the Commission");
	expect("The Council of the European Union urges Member States to", "URGES", "Member States");
	expect("Member States are invited to share information", "ARE INVITED", "Member States");
	expect("In this context, the Commission and the High Representative are invited to report",
		   "ARE INVITED", "In this context, the Commission and the High Representative");
	expect("WELCOMES the Joint Communication and STRESSES the need", "WELCOMES|STRESSES", "");
	expect("RECOGNISING the importance of cybersecurity", "RECOGNISING", "");
	expect("the invites were sent and the notes kept", "", "");
	expect("Invites the Member States to", "INVITES", "the Member States");
	expect("RECOMMENDS that Member States adopt", "RECOMMENDS", "");
	expect("CONFIRMS its commitment", "CONFIRMS", "");
	expect("it is free of charge; the Council takes note", "TAKES NOTE", "");
	/* Dutch: separable verbs end the object with their particle */
	expect("VERZOEKT de Commissie om uiterlijk eind 2018 een verslag in te dienen", "VERZOEKT", "de Commissie");
	expect("ROEPT de lidstaten OP de richtlijn om te zetten", "ROEPT", "de lidstaten");
	expect("ROEPT de lidstaten op de richtlijn om te zetten", "ROEPT", "de lidstaten");
	expect("De Raad verzoekt de Commissie, in nauwe samenwerking met ENISA, om", "VERZOEKT", "de Commissie");
	expect("De lidstaten worden verzocht informatie te delen", "WORDEN VERZOCHT", "De lidstaten");
	/* French */
	expect("INVITE la Commission à présenter", "INVITE", "la Commission");
	expect("Le Conseil invite la Commission à présenter", "INVITE", "la Commission");
	expect("DEMANDE à la Commission de présenter", "DEMANDE", "la Commission");
	expect("Les États membres sont invités à partager", "SONT INVITÉS", "Les États membres");
	expect("SALUE la communication conjointe", "SALUE", "");
	expect("RECONNAÎT l'importance", "RECONNAÎT", "");
	expect("le Conseil prend note du rapport", "PREND NOTE", "");
	/* German: a comma before a clause in lower case ends the object */
	expect("ERSUCHT die Kommission, bis Ende 2018 einen Bericht vorzulegen", "ERSUCHT", "die Kommission");
	expect("ERSUCHT die Kommission, Europol und ENISA, bis Ende 2018", "ERSUCHT", "die Kommission, Europol und ENISA");
	expect("FORDERT die Mitgliedstaaten auf, die Richtlinie umzusetzen", "FORDERT", "die Mitgliedstaaten");
	expect("Der Rat ersucht die Kommission, in enger Zusammenarbeit mit ENISA, einen Bericht vorzulegen",
		   "ERSUCHT", "die Kommission");
	expect("Die Mitgliedstaaten werden ersucht, Informationen auszutauschen", "WERDEN ERSUCHT", "Die Mitgliedstaaten");
	expect("BEGRÜSST die Mitteilung", "BEGRÜSST", "");
	/* the next verb ends the object */
	expect("INVITES the Commission and URGES Member States to", "INVITES|URGES", "the Commission and");
	/* a subject far back in its sentence; reported speech; plural subjects */
	expect("The European Council strongly condemns the attacks on civilians and urges Russia to withdraw",
		   "CONDEMNS|URGES", "Russia");
	expect("The Council invited each Member State to name a correspondent", "INVITED", "each Member State");
	expect("The ministers asked the Commission to act", "ASKED", "the Commission");
	expect("Les ministres chargent le Comité politique de suivre", "CHARGENT", "le Comité politique");
	expect("Der Rat ersuchte die Kommission, einen Bericht vorzulegen", "ERSUCHTE", "die Kommission");
	/* adverbs before the addressees; a side phrase the list resumes after */
	expect("DEMANDE instamment à la Russie de retirer", "DEMANDE", "la Russie");
	expect("Le Conseil invite la présidence, assistée du Secrétaire général, ainsi que la Commission à faire rapport",
		   "INVITE", "la présidence,  ainsi que la Commission");
	expect("The notes were sent. The invites went out.", "", "");

	/*
	 * Dutch and German inverted order (V2): the speaker after the verb is
	 * its subject (after wordscope.be/nederlands/duits/initiatief+moet+bestaande.html);
	 * not when the verb opens its item (an EP resolution calling on the
	 * European Council) nor after a subject of its own
	 */
	expect("Daarom verzoekt de Europese Raad de Commissie en de hoge vertegenwoordiger verder te werken aan een plan",
		   "VERZOEKT", "de Commissie en de hoge vertegenwoordiger verder");
	expect("Daher bittet der Europäische Rat die Kommission und den Hohen Vertreter, einen Plan vorzulegen",
		   "BITTET", "die Kommission und den Hohen Vertreter");
	expect("Ferner ersucht der Rat die Mitgliedstaaten, geeignete Mittel vorzusehen", "ERSUCHT", "die Mitgliedstaaten");
	expect("15. verzoekt de Europese Raad zijn verantwoordelijkheid waar te maken", "VERZOEKT",
		   "de Europese Raad zijn verantwoordelijkheid waar");
	expect("De Europese Raad verzoekt de Raad de verordening aan te nemen", "VERZOEKT", "de Raad de verordening");
	expect("Tevens verzoekt de Raad om een verslag", "VERZOEKT", "de Raad");

	/*
	 * The perfect: the addressees between the auxiliary and the participle
	 * (wordscope.be/nederlands/duits/opgedragen+de+onbesliste.html); a
	 * finite verb after a conjunction is no participle; a participle-only
	 * form without its auxiliary is no verb
	 */
	expect("De Raad heeft derhalve het Comité van permanente vertegenwoordigers opgedragen de punten op te lossen",
		   "OPGEDRAGEN", "het Comité van permanente vertegenwoordigers");
	expect("Der Rat hat daher den Ausschuss der Ständigen Vertreter beauftragt, die Fragen zu lösen",
		   "BEAUFTRAGT", "den Ausschuss der Ständigen Vertreter");
	expect("Daher hat der Rat die Kommission ersucht, einen Bericht vorzulegen", "ERSUCHT", "die Kommission");
	expect("De Raad heeft zijn instanties - bijgestaan door de HV/SG - alsook de Commissie verzocht voorstellen uit te werken",
		   "VERZOCHT", "zijn instanties -  alsook de Commissie");
	expect("Der Rat hat die Mitteilung erörtert und ersucht die Kommission, einen Bericht vorzulegen",
		   "ERSUCHT", "die Kommission");
	expect("Hij verzocht het Comité het overleg voort te zetten", "VERZOCHT", "het Comité het overleg voort");
	expect("De Raad heeft verzocht om een verslag", "VERZOCHT", "");
	expect("het opgedragen werk is klaar", "", "");

	/* an adverb inside a passive form; a clause before the passive's subject */
	expect("The Commission and relevant bodies are also urged to boost research", "ARE URGED",
		   "The Commission and relevant bodies");
	expect("Der Ausschuss der Ständigen Vertreter wird daher gebeten, dem Rat zu empfehlen", "WIRD GEBETEN",
		   "Der Ausschuss der Ständigen Vertreter");
	expect("Les États membres sont également invités à agir", "SONT INVITÉS", "Les États membres");
	expect("S'il revient au Conseil de décider, la Commission est néanmoins invitée à agir", "EST INVITÉ",
		   "la Commission");

	/* list labels open an item as the text's start does (europa.rs counter-terrorism conclusions) */
	expect("d) invites Frontex and Europol to help", "INVITES", "Frontex and Europol");
	expect("The Council: a) welcomes the report, b) invites the Commission to act", "WELCOMES|INVITES", "the Commission");
	expect("It happened in 2015. invites were sent", "", "");

	/* French plural subjects: the heads of state or government */
	expect("Défense : les chefs d'État ou de gouvernement invitent le Conseil et la Commission à examiner",
		   "INVITENT", "le Conseil et la Commission");

	/* interposed clauses and phrases set off by commas */
	expect("invite le Conseil, au cas où Europol deviendrait un service de police, à envisager", "INVITE", "le Conseil");
	expect("INVITES the Commission, if necessary, and the Member States to act", "INVITES",
		   "the Commission,  and the Member States");
	expect("De Raad droeg, in afwachting van het advies van het Parlement, het Comité op de behandeling voort te zetten",
		   "DROEG", "het Comité");

	/* quotation marks and ellipses; "notably through" is no addressee */
	expect("The European Council called upon \". the High Representative, notably through the European Defence Agency, "
		   "as well as the Commission, (.) to bring forward proposals", "CALLED ON",
		   "the High Representative,  as well as the Commission, (.)");
	expect("Le Conseil européen a appelé «[...] la Haute Représentante, notamment au travers de l'Agence européenne de "
		   "défense, ainsi que la Commission, [...] à présenter", "A APPELÉ",
		   "la Haute Représentante,  ainsi que la Commission, [...]");
	/* bounds: empty and odd bytes */
	expect("", "", "");
	expect("\xC3", "", "");
	expect("INVITES", "INVITES", "");
	{
		call_found	one[1];
		const char *t = "NOTES and WELCOMES and INVITES X to";

		CHECK(calls_find(t, strlen(t), one, 1) == 3, "calls_find counts beyond max");
		CHECK(calls_find(t, strlen(t), one, 0) == 3, "calls_find with max 0");
	}
}
