package com.pmosuite.workbench.compliance;

import com.pmosuite.compliance.JqlRunner.UnrunnableJql;
import com.pmosuite.compliance.ProjectProfiles.ProjectProfile;
import com.pmosuite.compliance.ProjectProfiles.VersionInfo;
import com.pmosuite.workbench.support.RunningWorkbench;
import com.pmosuite.workbench.wiring.WorkbenchComponents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's projects as compliance reads them from a started workbench: details with the few gaps the compliance
 * demo shows, and raw JQL over the demo's issues.
 */
class DemoProjectDetailsIT {
    private final WorkbenchComponents workbench = RunningWorkbench.get();

    private ProjectProfile profile(String key) {
        long id = workbench.directory().getProjectObjByKey(key).getId();
        return workbench.projectProfiles().profile(id).orElseThrow();
    }

    @Test
    void everyDemoProjectHasALeadACategoryAndVersionsButGammaHasNoDescription() {
        for (String key : new String[] {"ALPHA", "BETA", "GAMMA", "DELTA"}) {
            ProjectProfile profile = profile(key);
            assertThat(profile.leadKey()).isNotBlank();
            assertThat(profile.categoryId()).isNotNull();
            assertThat(profile.versions()).isNotEmpty();
            assertThat(profile.description() == null).isEqualTo(key.equals("GAMMA"));
        }
    }

    @Test
    void someReleasedOrStartedVersionsLackAReleaseDate() {
        assertThat(profile("ALPHA").versions()).filteredOn(VersionInfo::released)
                .filteredOn(v -> v.releaseDate() == null).extracting(VersionInfo::name).containsExactly("1.1");
        assertThat(profile("BETA").versions()).filteredOn(v -> !v.released() && v.releaseDate() == null)
                .extracting(VersionInfo::name).containsExactly("R2");
        assertThat(profile("DELTA").versions()).filteredOn(VersionInfo::archived)
                .extracting(VersionInfo::releaseDate).containsOnlyNulls();
    }

    @Test
    void rawJqlRunsOverTheDemosIssues() throws UnrunnableJql {
        long alpha = workbench.directory().getProjectObjByKey("ALPHA").getId();
        long epics = workbench.jqlRunner().matches(alpha, "issuetype = Epic", 10).total();

        assertThat(epics).isEqualTo(3);
        assertThat(workbench.issueKeys().keys(workbench.jqlRunner().matches(alpha, "issuetype = Epic", 1)
                .issueIds()).values()).containsExactly("ALPHA-1");
    }
}
