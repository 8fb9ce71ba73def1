package org.isnad.extract;

/**
 * Who acted or was hit, told in words no list names ("مسلحون مجهولون", "ثلاثة شبان"), read as a clause's
 * roles are read: a group noun takes the role a known actor would take there.
 */
final class ParticipantWords {

    private ParticipantWords() {}

    static boolean isParticipantNoun(Mention m) {
        return m.is("ActorNoun") || m.is("PersonNoun");
    }

    /**
     * "هاجم مسلحون مجهولون", "اعتقلت الأجهزة الأمنية ثلاثة شبان": who acted or was hit, in words no list
     * names. A group noun takes the role a known actor would take there; people wait for the event's type.
     */
    static void readParticipantWords(Reading r, EventMention em, ClauseRoles roles, Mention prev, Mention m) {
        if (m.start() < roles.participantEnd) return;      // "مسلحة" of "مجموعة مسلحة", already read
        // "بالإساءة للاجئين": people after a preposition are spoken of, not acting or hit
        if (!roles.tokens.get(m.firstToken()).analyses().isEmpty()
                && roles.tokens.get(m.firstToken()).analyses().stream().allMatch(a -> a.prepositional())) return;
        ParticipantText p = ParticipantTextReader.read(r.text, roles.tokens, roles.mentions, m, roles.tail);
        boolean subjectOfVerb = prev != null && prev.is("ActionVerb") && prev.endToken() == m.firstToken();
        // "اعتقلت عناصر من قوات النظام": the known name after the group noun is the verb's subject
        if (p == null && subjectOfVerb && m.is("ActorNoun")) roles.subjectNext = true;
        if (p == null) return;
        roles.participantEnd = p.end();
        if (m.is("PersonNoun")) { em.personTexts.add(p); roles.sides.read(p.end(), false); return; }
        // "يُرجّح أنهم من خلايا التنظيم": the group the participant belongs to shares its role
        Boolean affiliated = roles.sides.affiliated();
        if (affiliated != null) {
            (affiliated ? em.actorTexts : em.targetTexts).add(p);
            roles.sides.affiliationNamed(p.end());
            return;
        }
        // "قُتل شاب برصاص عناصر دورية": people named by an agent phrase acted
        if (roles.firstTrigger != null && agentNamed(roles, prev, m)) roles.sides.agentAfterTheVerb();
        if (subjectOfVerb || agentNamed(roles, prev, m) || !roles.afterTarget) { em.actorTexts.add(p); roles.sides.read(p.end(), true); }
        else if (!roles.targetClosed) { em.targetTexts.add(p); roles.sides.read(p.end(), false); }
    }

    /** People were hit by a violent act, and are who protest; known names make the words unneeded. */
    static void keepParticipantWords(EventMention em, boolean protest) {
        (protest ? em.actorTexts : em.targetTexts).addAll(em.personTexts);
        if (!em.actors.isEmpty()) em.actorTexts.clear();
        if (!em.targets.isEmpty()) em.targetTexts.clear();
    }

    /**
     * An agent phrase before {@code m} names who did this event, unless it stands in what angered the
     * protesters ("غضباً من مقتل شاب برصاص دورية": the patrol killed, the protesters burnt).
     */
    static boolean agentNamed(ClauseRoles roles, Mention prev, Mention m) {
        if (!AgentPhrase.before(roles.tokens, roles.mentions, prev, m)) return false;
        for (Mention g : roles.mentions) {
            if (g.is("GrievanceCue") && g.firstToken() >= roles.from && g.firstToken() < m.firstToken()) return false;
        }
        return true;
    }
}
