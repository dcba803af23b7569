package com.pmosuite.plugin.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.pmosuite.compliance.IssueKeys;
import com.pmosuite.compliance.JqlRunner;
import com.pmosuite.compliance.ProjectProfiles;
import com.pmosuite.compliance.scan.ComplianceScanJob;
import com.pmosuite.facts.FactsReconcileJob;
import com.pmosuite.facts.IssueSource;
import com.pmosuite.facts.TrackedProjects;
import com.pmosuite.plugin.compliance.wiring.ComplianceModule;
import com.pmosuite.plugin.facts.wiring.FactsModule;
import com.pmosuite.plugin.portfolio.wiring.PortfolioModule;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.plugin.rollup.wiring.RollupModule;
import com.pmosuite.plugin.trend.wiring.TrendModule;
import com.pmosuite.shared.schedule.JobSchedule;
import com.pmosuite.rollup.trend.SnapshotJob;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.settings.ao.PmoSettingEntity;
import com.pmosuite.risk.reminder.ReviewReminders;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Duration;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class SchedulingLifecycleTest {
    private final SchedulerService schedulerService = mock(SchedulerService.class);
    private final ClusterManager clusterManager = mock(ClusterManager.class);

    @Test
    void nothingIsRegisteredBeforeSalSaysJiraHasStarted() {
        lifecycle();

        verifyNoInteractions(schedulerService);
    }

    @Test
    void onStartThisNodeRegistersTheRunnerAndSchedulesTheReminderOncePerCluster() throws Exception {
        when(clusterManager.getNodeId()).thenReturn("node-2");

        lifecycle().onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(schedulerService).registerJobRunner(eq(JobRunnerKey.of(ReviewReminders.JOB_ID)), any());
        verify(schedulerService).scheduleJob(eq(JobId.of(ReviewReminders.JOB_ID)), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    @Test
    void onStartTheFactsReconcileIsScheduledOncePerClusterToo() throws Exception {
        lifecycle().onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(schedulerService).registerJobRunner(eq(JobRunnerKey.of(FactsReconcileJob.JOB_ID)), any());
        verify(schedulerService).scheduleJob(eq(JobId.of(FactsReconcileJob.JOB_ID)), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    @Test
    void onStartTheDailySnapshotIsScheduledOncePerClusterToo() throws Exception {
        lifecycle().onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(schedulerService).registerJobRunner(eq(JobRunnerKey.of(SnapshotJob.JOB_ID)), any());
        verify(schedulerService).scheduleJob(eq(JobId.of(SnapshotJob.JOB_ID)), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    @Test
    void onStartTheComplianceScanIsScheduledOncePerClusterToo() throws Exception {
        lifecycle().onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(schedulerService).registerJobRunner(eq(JobRunnerKey.of(ComplianceScanJob.JOB_ID)), any());
        verify(schedulerService).scheduleJob(eq(JobId.of(ComplianceScanJob.JOB_ID)), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
    }

    @Test
    void aRescheduledJobGetsItsNewScheduleUnderTheSameId() throws Exception {
        SchedulingLifecycle lifecycle = lifecycle();
        lifecycle.onStart();

        lifecycle.reschedule(compliance.scanJob(), JobSchedule.every(Duration.ofMinutes(30), Duration.ZERO));

        verify(schedulerService, times(2)).scheduleJob(eq(JobId.of(ComplianceScanJob.JOB_ID)), any());
    }

    @Test
    void onStopUnregistersThisNodesRunnersAndLeavesTheClusterSchedulesAlone() throws Exception {
        SchedulingLifecycle lifecycle = lifecycle();
        lifecycle.onStart();
        verify(schedulerService, times(4)).registerJobRunner(any(), any());
        verify(schedulerService, times(4)).scheduleJob(any(), any());

        lifecycle.onStop();

        verify(schedulerService).unregisterJobRunner(JobRunnerKey.of(ReviewReminders.JOB_ID));
        verify(schedulerService).unregisterJobRunner(JobRunnerKey.of(FactsReconcileJob.JOB_ID));
        verify(schedulerService).unregisterJobRunner(JobRunnerKey.of(SnapshotJob.JOB_ID));
        verify(schedulerService).unregisterJobRunner(JobRunnerKey.of(ComplianceScanJob.JOB_ID));
        verifyNoMoreInteractions(schedulerService);
    }

    @Test
    void salFindsItOnlyBecauseItIsExportedAsLifecycleAware() {
        assertThat(SchedulingLifecycle.class.getAnnotation(ExportAsService.class).value())
                .containsExactly(LifecycleAware.class);
    }

    private ComplianceModule compliance;

    private SchedulingLifecycle lifecycle() {
        ActiveObjects ao = mock(ActiveObjects.class);
        // The compliance settings are read at start (a PMO setting row): none saved, so the defaults.
        when(ao.find(eq(PmoSettingEntity.class), anyString(), any())).thenReturn(new PmoSettingEntity[0]);
        HostServices host = new HostServices(ao, mock(JiraAuthenticationContext.class), mock(ProjectManager.class),
                mock(PermissionManager.class), mock(GlobalPermissionManager.class), mock(GroupManager.class),
                mock(UserManager.class), mock(IssueManager.class), mock(ClusterLockService.class),
                mock(TimeZoneManager.class));
        PlatformServices platform = new PlatformServices(host, mock(PmoAccess.class));
        FactsModule facts = new FactsModule(platform, mock(IssueSource.class), mock(TrackedProjects.class));
        PortfolioModule portfolios = new PortfolioModule(platform);
        TrendModule trends = new TrendModule(platform, portfolios, facts);
        RiskModule risks = new RiskModule(platform);
        compliance = new ComplianceModule(platform, facts, portfolios, risks,
                new RollupModule(platform, facts, portfolios, risks, mock(IssueSecurityLevelManager.class)),
                mock(ProjectProfiles.class), mock(IssueKeys.class), mock(JqlRunner.class), ZoneOffset.UTC);
        return new SchedulingLifecycle(schedulerService, ao, mock(ProjectManager.class),
                mock(UserManager.class), mock(TimeZoneManager.class), mock(MailQueue.class), mock(ApplicationProperties.class), clusterManager,
                facts, trends, compliance, platform);
    }
}
