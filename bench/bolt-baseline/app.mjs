#!/usr/bin/env node
// Slack's own framework doing the coach's minimal inbound work, as the throughput baseline for the load benchmark:
// verify the v0 signature, route the event (or command, or click) to a listener, acknowledge. No Web API calls.
// Env: PORT (3000), SLACK_SIGNING_SECRET (the benchmark's default secret).
import bolt from '@slack/bolt';
const { App, HTTPReceiver, LogLevel } = bolt;

const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET || 'bench-signing-secret-0123456789abcdef',
  // The coach's paths, so the same driver can send to either.
  endpoints: ['/api/slack/events', '/api/slack/commands', '/api/slack/interactivity'],
});
const app = new App({
  receiver,
  token: 'xoxb-bench-token',
  // Known bot ids, so Bolt never calls auth.test: the baseline makes no outbound calls at all, and any
  // Web API call it did make would stay on loopback.
  tokenVerificationEnabled: false,
  botId: 'B1',
  botUserId: 'UBOT',
  clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
  logLevel: LogLevel.ERROR,
});

let routed = 0;
app.message(async () => { routed++; });
app.event('app_mention', async () => { routed++; });
app.command('/coach', async ({ ack }) => { routed++; await ack(); });
app.action(/.*/, async ({ ack }) => { routed++; await ack(); });
app.error(async (e) => { console.error('bolt error', e); });

const port = +(process.env.PORT || 3000);
await app.start({ port, host: '127.0.0.1' });
console.log(`bolt baseline listening on 127.0.0.1:${port}`);
process.on('SIGTERM', async () => { console.log(`routed ${routed}`); await app.stop(); process.exit(0); });
