import { runStep } from '../../test/harness/action-runner.ts';
import { SshHost } from '../../test/harness/ssh-host.ts';
import { verdictOf, type DemoIncident } from '../incident.ts';

const findingCodes = (json: string | undefined) => (JSON.parse(json ?? '[]') as { code: string }[]).map((item) => item.code);

export const incident: DemoIncident = {
  guard: 'host-canary',
  title: 'Incident 7: the provider silently replaced the VM behind the same server ID',
  story: 'New SSH host keys, password login enabled, the data disk wiped (all Postgres data lost), an empty dump after it; the infrastructure tool saw no drift.',
  async run() {
    // The healthy twin: the host as provisioned, pinned, with its sentinel on the data volume.
    const original = await new SshHost().start();
    // The replacement: same name and address for the workflow, regenerated keys, password
    // login on, no sentinel, a new machine-id, and the backup that ran after the wipe.
    const replacement = await new SshHost({ passwordAuth: true }).start();
    try {
      const pinned = original.fingerprint;
      const twin = await runStep('host-canary', 'main', { inputs: original.inputs() });

      replacement.removeSentinel();
      replacement.setIdentity('db-prod-1', '7c1e0b9d2a4f4e3c8b6a5d4c3b2a1f0e');
      replacement.writeBackups([{ name: 'pg-10.sql.gz', bytes: 48_213_771, ago: 7200 }, { name: 'pg-11.sql.gz', bytes: 20, ago: 600 }]);
      const caught = await runStep('host-canary', 'main', { inputs: replacement.inputs({ 'host-key-fingerprints': pinned }) });
      const ranOnStranger = replacement.remoteCommandRan();
      // Someone "fixes" the canary by pinning the new key: the host still fails, for the right reasons.
      const repinned = await runStep('host-canary', 'main', { inputs: replacement.inputs() });

      return {
        caught: caught.exitCode === 1 && findingCodes(caught.outputs.findings).join() === 'host-key-mismatch' && !ranOnStranger && repinned.exitCode === 1,
        caughtLine: `${verdictOf(caught.stdout)} | after re-pinning the new key: ${findingCodes(repinned.outputs.findings).join(', ')}`,
        twinPassed: twin.exitCode === 0 && twin.outputs.result === 'healthy',
        twinLine: verdictOf(twin.stdout),
      };
    } finally {
      await Promise.all([original.dispose(), replacement.dispose()]);
    }
  },
};
