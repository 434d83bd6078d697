package com.clinicsuite.web.chart;

import com.clinicsuite.patients.application.intake.ClinicalRecord;
import com.clinicsuite.patients.application.intake.QuestionnaireRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The Chart.js model (JSON) of the outcome trends: NRS, PHQ-9, GAD-7, BPI severity, ODI % and daily MME by date. */
final class TrendChart {

    private static final String[][] SERIES = {
            {"NRS", "Pain NRS (0–10)", "#c0392b", "y"},
            {"PHQ9", "PHQ-9 (0–27)", "#2e86c1", "y"},
            {"GAD7", "GAD-7 (0–21)", "#8e44ad", "y"},
            {"BPI", "BPI severity (0–10)", "#d35400", "y"},
            {"ODI", "ODI %", "#16a085", "y2"},
            {"MME", "Daily MME", "#7f8c8d", "y2"}};

    private TrendChart() {
    }

    static String json(List<QuestionnaireRow> rows, List<ClinicalRecord.MmePoint> mme) {
        Map<String, Map<LocalDate, BigDecimal>> byInstrument = new TreeMap<>();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (QuestionnaireRow r : rows) {
            byInstrument.computeIfAbsent(r.instrument(), k -> new TreeMap<>()).put(r.takenOn(), r.score());
            dates.add(r.takenOn());
        }
        for (ClinicalRecord.MmePoint p : mme) {
            LocalDate day = p.at().atZone(ZoneId.systemDefault()).toLocalDate();
            byInstrument.computeIfAbsent("MME", k -> new TreeMap<>()).put(day, p.dailyMme());
            dates.add(day);
        }
        StringBuilder datasets = new StringBuilder();
        for (String[] s : SERIES) {
            Map<LocalDate, BigDecimal> values = byInstrument.get(s[0]);
            if (values == null) {
                continue;
            }
            String data = dates.stream().map(d -> values.containsKey(d) ? values.get(d).toPlainString() : "null")
                    .collect(Collectors.joining(","));
            if (datasets.length() > 0) {
                datasets.append(',');
            }
            datasets.append("{\"label\":\"").append(s[1]).append("\",\"data\":[").append(data)
                    .append("],\"borderColor\":\"").append(s[2]).append("\",\"backgroundColor\":\"").append(s[2])
                    .append("\",\"spanGaps\":true,\"tension\":0.2,\"yAxisID\":\"").append(s[3]).append("\"}");
        }
        String labels = dates.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"scales\":{\"y\":{\"position\":\"left\",\"beginAtZero\":true,\"title\":{\"display\":true,\"text\":\"Score\"}},"
                + "\"y2\":{\"position\":\"right\",\"beginAtZero\":true,\"grid\":{\"drawOnChartArea\":false},"
                + "\"title\":{\"display\":true,\"text\":\"ODI % / MME per day\"}}}}}";
    }
}
