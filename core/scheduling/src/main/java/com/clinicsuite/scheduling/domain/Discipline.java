package com.clinicsuite.scheduling.domain;

/** The discipline of a provider and of an appointment type. */
public enum Discipline { PHYSICIAN, NURSE, PHYSICAL_THERAPY, COUNSELING }
