package com.clinicsuite.scheduling.domain;

/** Kinds of bookable place. */
public enum ResourceKind { INFUSION_CHAIR, PT_ROOM, COUNSELING_ROOM, EXAM_ROOM }
