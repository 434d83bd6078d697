package com.clinicsuite.web.chart;

import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.Commands;
import com.clinicsuite.patients.application.intake.QuestionnaireRow;
import com.clinicsuite.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entering a questionnaire item by item; the service scores it and raises the PHQ-9 item-9 alert. */
@Named
@ViewScoped
public class QuestionnaireFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Item labels: short descriptions of what each item asks, and the answer range. */
    static final Map<String, String[]> ITEMS = Map.of(
            "NRS", new String[] {"Pain now (0–10)"},
            "PHQ9", new String[] {"Little interest or pleasure", "Feeling down or hopeless", "Sleep problems",
                    "Tired or little energy", "Appetite problems", "Feeling bad about yourself", "Trouble concentrating",
                    "Moving or speaking slowly, or restless", "Thoughts of self-harm"},
            "GAD7", new String[] {"Nervous or on edge", "Cannot stop worrying", "Worrying too much", "Trouble relaxing",
                    "Restless", "Easily annoyed", "Afraid something awful might happen"},
            "BPI", new String[] {"Worst pain", "Least pain", "Average pain", "Pain now", "Interference: general activity",
                    "Interference: mood", "Interference: walking", "Interference: work", "Interference: relations",
                    "Interference: sleep", "Interference: enjoyment"},
            "ODI", new String[] {"Pain intensity", "Personal care", "Lifting", "Walking", "Sitting", "Standing", "Sleeping",
                    "Sex life (may be left blank)", "Social life", "Travelling"});
    static final Map<String, String> RANGES = Map.of("NRS", "0–10", "PHQ9", "0–3", "GAD7", "0–3", "BPI", "0–10", "ODI", "0–5");

    @Inject
    private ClinicalRecord record;

    @Inject
    private ChartView chart;

    private String instrument = "NRS";
    private LocalDate takenOn = LocalDate.now();
    private List<Item> items = items("NRS");
    private QuestionnaireRow last;

    /** One item being entered. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final String label;
        private Integer value;

        Item(int number, String label) {
            this.number = number;
            this.label = label;
        }

        public int getNumber() { return number; }
        public String getLabel() { return label; }
        public Integer getValue() { return value; }
        public void setValue(Integer value) { this.value = value; }
    }

    private static List<Item> items(String instrument) {
        String[] labels = ITEMS.get(instrument);
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            list.add(new Item(i + 1, labels[i]));
        }
        return list;
    }

    /** Shows the items of the chosen questionnaire. */
    public void instrumentChanged() {
        items = items(instrument);
        last = null;
    }

    public void save() {
        List<Integer> answers = items.stream().map(Item::getValue).toList();
        last = record.recordQuestionnaire(chart.getPatientId(), new Commands.RecordQuestionnaire(instrument, answers, takenOn));
        items = items(instrument);
        chart.refresh();
        if (last.selfHarmAlert()) {
            Messages.error(null, "PHQ-9 item 9 is above 0: a self-harm alert was raised on the chart. Assess safety today.");
        } else {
            Messages.info("Recorded " + last.instrumentLabel() + ": score " + last.score().toPlainString()
                    + (last.band() == null ? "" : " (" + last.band() + ")") + ".");
        }
    }

    public String getRange() {
        return RANGES.get(instrument);
    }

    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public LocalDate getTakenOn() { return takenOn; }
    public void setTakenOn(LocalDate takenOn) { this.takenOn = takenOn; }
    public List<Item> getItems() { return items; }
    public QuestionnaireRow getLast() { return last; }
    public LocalDate getToday() { return LocalDate.now(); }
}
