package com.pmosuite.host.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The model version a plugin's data is at, as Jira's Active Objects plugin remembers it per plugin (there, in the
 * plugin settings under the plugin's table prefix). It is the host's record, not the plugin's: the plugin never
 * reads it.
 */
@Table("MODEL_VERSION")
public interface ModelVersionEntity extends Entity {
    @NotNull
    @Unique
    String getPluginKey();
    void setPluginKey(String pluginKey);

    @NotNull
    String getModelVersion();
    void setModelVersion(String modelVersion);
}
