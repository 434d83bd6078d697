/** Scheduling use cases: clinic setup (providers, chairs and rooms) and booking, check-in, cancellation. */
package com.clinicsuite.scheduling.application;
