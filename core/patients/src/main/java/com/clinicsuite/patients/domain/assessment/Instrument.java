package com.clinicsuite.patients.domain.assessment;

/** The outcome questionnaires of DOMAIN.md §3, with their item count and answer range. */
public enum Instrument {
    NRS("Pain NRS", 1, 0, 10),
    PHQ9("PHQ-9", 9, 0, 3),
    GAD7("GAD-7", 7, 0, 3),
    /** Items 1–4: worst, least, average, now; items 5–11: activity, mood, walking, work, relations, sleep, enjoyment. */
    BPI("Brief Pain Inventory (short form)", 11, 0, 10),
    /** Ten sections; a section may be left unanswered. */
    ODI("Oswestry Disability Index v2.1a", 10, 0, 5);

    private final String label;
    private final int items;
    private final int min;
    private final int max;

    Instrument(String label, int items, int min, int max) {
        this.label = label;
        this.items = items;
        this.min = min;
        this.max = max;
    }

    public String label() {
        return label;
    }

    public int items() {
        return items;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
