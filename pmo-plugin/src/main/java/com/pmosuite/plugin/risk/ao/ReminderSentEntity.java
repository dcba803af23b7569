package com.pmosuite.plugin.risk.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per review reminder sent: its unique key "day:owner" makes the database refuse a second reminder to the
 * same owner on the same day, whichever node or run tries (AO cannot declare a composite unique index).
 */
@Table("REMINDER_SENT")
public interface ReminderSentEntity extends Entity {
    @NotNull
    @Unique
    String getReminderKey();
    void setReminderKey(String reminderKey);

    @NotNull
    String getOwnerKey();
    void setOwnerKey(String ownerKey);

    @NotNull
    String getReminderDay();
    void setReminderDay(String reminderDay);

    long getSentAt();
    void setSentAt(long sentAt);
}
