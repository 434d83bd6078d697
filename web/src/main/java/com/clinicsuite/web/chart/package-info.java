/** The clinical chart: header with alert badges, intake assessment, questionnaires and trends. Clinicians only. */
package com.clinicsuite.web.chart;
