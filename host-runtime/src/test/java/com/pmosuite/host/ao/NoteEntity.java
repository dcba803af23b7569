package com.pmosuite.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/** A throwaway entity for exercising the host runtime itself. */
@Table("NOTE")
public interface NoteEntity extends Entity {
    String getText();
    void setText(String text);
}
