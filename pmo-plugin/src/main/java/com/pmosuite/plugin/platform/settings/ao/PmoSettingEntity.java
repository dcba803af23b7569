package com.pmosuite.plugin.platform.settings.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One of the PMO suite's own settings: one row per setting name, versioned on its own, its changes in the audit
 * history under this row's id. A setting without a row has its default.
 */
@Preload
@Table("PMO_SETTING")
public interface PmoSettingEntity extends Entity {
    @NotNull
    @Unique
    String getSettingName();
    void setSettingName(String settingName);

    String getSettingValue();
    void setSettingValue(String settingValue);

    int getVersion();
    void setVersion(int version);
}
