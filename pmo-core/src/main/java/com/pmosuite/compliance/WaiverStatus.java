package com.pmosuite.compliance;

/** Where a waiver request stands; an approved waiver past its expiry date no longer suppresses anything. */
public enum WaiverStatus {
    REQUESTED, APPROVED, REJECTED, WITHDRAWN
}
