import { z } from "zod";

// The one place that reads process.env: everything else imports `env`.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The app's address as RMM tools reach it, for webhook URLs (e.g. https://kpi.example.com). */
  MSP_KPI_PUBLIC_URL: z
    .string()
    .url("MSP_KPI_PUBLIC_URL must be a URL such as https://kpi.example.com")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MSP_KPI_DEMO: z
    .enum(["0", "1", "true", "false", ""])
    .optional()
    .transform((v) => v === "1" || v === "true"),
  /** Outgoing mail (password reset, alert e-mails), e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_FROM: z.string().min(3).default("msp-kpi <msp-kpi@localhost>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();
